import { useId, useState } from 'preact/hooks';
import { EMPTY_APPOINTMENT, MAX_QUESTIONS, MAX_TEXT_LENGTH } from '@/lib/doctor/schema';
import type { DoctorNotes } from './use-doctor-notes';

const value = (e: Event) => (e.target as HTMLInputElement).value;

/** "For my appointment": the main goal, questions and early warning signs, kept until cleared. */
export function AppointmentPanel({ notes }: { notes: DoctorNotes }) {
  const id = useId();
  const [question, setQuestion] = useState('');
  const [confirming, setConfirming] = useState(false);
  const a = notes.appointment;
  if (!a) return null;
  const edit = notes.editAppointment;
  const addQuestion = () => {
    if (!question.trim() || a.questions.length >= MAX_QUESTIONS) return;
    edit({ ...a, questions: [...a.questions, question.trim()] });
    setQuestion('');
  };
  const setAt = (i: number, text: string) => edit({ ...a, questions: a.questions.map((q, j) => (j === i ? text : q)) });
  return (
    <section aria-labelledby={`${id}-title`} class="panel appointment">
      <h2 id={`${id}-title`}>For my appointment</h2>
      <p class="muted">Written down beforehand, in case brain fog comes with you to the visit. Saved as you go, kept until you clear it.</p>
      <label for={`${id}-goal`}>Main goal for the appointment</label>
      <input id={`${id}-goal`} type="text" maxLength={500} value={a.goal} onInput={(e) => edit({ ...a, goal: value(e) })} />
      <h3>Questions</h3>
      <ol class="questions">
        {a.questions.map((q, i) => (
          <li key={i} class="row">
            <label class="visually-hidden" for={`${id}-q${i}`}>Question {i + 1}</label>
            <input id={`${id}-q${i}`} type="text" maxLength={MAX_TEXT_LENGTH} value={q} onInput={(e) => setAt(i, value(e))} />
            <button type="button" aria-label={`Remove question ${i + 1}`} onClick={() => edit({ ...a, questions: a.questions.filter((_, j) => j !== i) })}>Remove</button>
          </li>
        ))}
      </ol>
      <div class="row wrap">
        <label for={`${id}-new`}>New question</label>
        <input id={`${id}-new`} type="text" maxLength={MAX_TEXT_LENGTH} value={question} onInput={(e) => setQuestion(value(e))} onKeyDown={(e) => e.key === 'Enter' && addQuestion()} />
        <button type="button" disabled={!question.trim() || a.questions.length >= MAX_QUESTIONS} onClick={addQuestion}>Add question</button>
      </div>
      <label for={`${id}-signs`}>Early warning signs I notice</label>
      <textarea id={`${id}-signs`} rows={3} maxLength={MAX_TEXT_LENGTH} value={a.warningSigns} onInput={(e) => edit({ ...a, warningSigns: value(e) })} />
      <div class="row wrap">
        {confirming ? (
          <>
            <button type="button" class="danger" onClick={() => { edit(EMPTY_APPOINTMENT); setConfirming(false); }}>Confirm clear</button>
            <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>Clear goal, questions and signs</button>
        )}
      </div>
      {notes.appointmentError && <p role="alert" class="error">{notes.appointmentError}</p>}
    </section>
  );
}
