import { useId, useState } from 'preact/hooks';
import { EMPTY_APPOINTMENT, MAX_QUESTIONS, MAX_TEXT_LENGTH } from '@/lib/doctor/schema';
import { t } from '@/lib/i18n/ui-text';
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
      <h2 id={`${id}-title`}>{t('appointmentTitle')}</h2>
      <p class="muted">{t('appointmentIntro')}</p>
      <label for={`${id}-goal`}>{t('appointmentGoal')}</label>
      <input id={`${id}-goal`} type="text" maxLength={500} value={a.goal} onInput={(e) => edit({ ...a, goal: value(e) })} />
      <h3>{t('appointmentQuestions')}</h3>
      <ol class="questions">
        {a.questions.map((q, i) => (
          <li key={i} class="row">
            <label class="visually-hidden" for={`${id}-q${i}`}>{t('appointmentQuestionN', { n: i + 1 })}</label>
            <input id={`${id}-q${i}`} type="text" maxLength={MAX_TEXT_LENGTH} value={q} onInput={(e) => setAt(i, value(e))} />
            <button type="button" aria-label={t('appointmentRemoveQuestionN', { n: i + 1 })} onClick={() => edit({ ...a, questions: a.questions.filter((_, j) => j !== i) })}>{t('reviewRemove')}</button>
          </li>
        ))}
      </ol>
      <div class="row wrap">
        <label for={`${id}-new`}>{t('appointmentNewQuestion')}</label>
        <input id={`${id}-new`} type="text" maxLength={MAX_TEXT_LENGTH} value={question} onInput={(e) => setQuestion(value(e))} onKeyDown={(e) => e.key === 'Enter' && addQuestion()} />
        <button type="button" disabled={!question.trim() || a.questions.length >= MAX_QUESTIONS} onClick={addQuestion}>{t('appointmentAddQuestion')}</button>
      </div>
      <label for={`${id}-signs`}>{t('appointmentWarningSigns')}</label>
      <textarea id={`${id}-signs`} rows={3} maxLength={MAX_TEXT_LENGTH} value={a.warningSigns} onInput={(e) => edit({ ...a, warningSigns: value(e) })} />
      <div class="row wrap">
        {confirming ? (
          <>
            <button type="button" class="danger" onClick={() => { edit(EMPTY_APPOINTMENT); setConfirming(false); }}>{t('appointmentConfirmClear')}</button>
            <button type="button" onClick={() => setConfirming(false)}>{t('reviewCancel')}</button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>{t('appointmentClear')}</button>
        )}
      </div>
      {notes.appointmentError && <p role="alert" class="error">{notes.appointmentError}</p>}
    </section>
  );
}
