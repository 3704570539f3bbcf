import { useId, useState } from 'preact/hooks';
import { fromLocalInput, timeTodayOrYesterday } from '@/components/attack/local-time';

interface StartedEarlierProps {
  /** Sets the start of the ongoing attack, or logs one that started then. */
  onStart: (startIso: string) => void;
  onPastAttack: (startIso: string, endIso: string) => void;
  now: () => Date;
}

const MINUTES_AGO = [15, 30, 60];

export function StartedEarlier({ onStart, onPastAttack, now }: StartedEarlierProps) {
  const id = useId();
  const [time, setTime] = useState('');
  const [pastStart, setPastStart] = useState('');
  const [pastEnd, setPastEnd] = useState('');
  const past = { start: fromLocalInput(pastStart), end: fromLocalInput(pastEnd) };
  const pastValid = past.start !== null && past.end !== null && past.end > past.start;
  return (
    <details class="started-earlier">
      <summary>Started earlier</summary>
      <div class="row wrap">
        {MINUTES_AGO.map((m) => (
          <button type="button" key={m} onClick={() => onStart(new Date(now().getTime() - m * 60_000).toISOString())}>
            {m} minutes ago
          </button>
        ))}
      </div>
      <div class="row">
        <label for={`${id}-time`}>Start time</label>
        <input id={`${id}-time`} type="time" value={time} onInput={(e) => setTime((e.target as HTMLInputElement).value)} />
        <button type="button" disabled={!time} onClick={() => { const at = timeTodayOrYesterday(time, now()); if (at) onStart(at); }}>
          Set start
        </button>
      </div>
      <fieldset>
        <legend>Log a past attack</legend>
        <label for={`${id}-past-start`}>Past attack start</label>
        <input id={`${id}-past-start`} type="datetime-local" value={pastStart} onInput={(e) => setPastStart((e.target as HTMLInputElement).value)} />
        <label for={`${id}-past-end`}>Past attack end</label>
        <input id={`${id}-past-end`} type="datetime-local" value={pastEnd} onInput={(e) => setPastEnd((e.target as HTMLInputElement).value)} />
        <button type="button" disabled={!pastValid} onClick={() => pastValid && onPastAttack(past.start!, past.end!)}>
          Save past attack
        </button>
      </fieldset>
    </details>
  );
}
