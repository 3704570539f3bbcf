import { useId, useState } from 'preact/hooks';
import { fromLocalInput, timeTodayOrYesterday } from '@/components/attack/local-time';
import { t, tp } from '@/lib/i18n/ui-text';

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
      <summary>{t('startedEarlier')}</summary>
      <div class="row wrap">
        {MINUTES_AGO.map((m) => (
          <button type="button" key={m} onClick={() => onStart(new Date(now().getTime() - m * 60_000).toISOString())}>
            {tp('minutesAgo', m)}
          </button>
        ))}
      </div>
      <div class="row">
        <label for={`${id}-time`}>{t('startTime')}</label>
        <input id={`${id}-time`} type="time" value={time} onInput={(e) => setTime((e.target as HTMLInputElement).value)} />
        <button type="button" disabled={!time} onClick={() => { const at = timeTodayOrYesterday(time, now()); if (at) onStart(at); }}>
          {t('setStart')}
        </button>
      </div>
      <fieldset>
        <legend>{t('logPastAttack')}</legend>
        <label for={`${id}-past-start`}>{t('pastAttackStart')}</label>
        <input id={`${id}-past-start`} type="datetime-local" value={pastStart} onInput={(e) => setPastStart((e.target as HTMLInputElement).value)} />
        <label for={`${id}-past-end`}>{t('pastAttackEnd')}</label>
        <input id={`${id}-past-end`} type="datetime-local" value={pastEnd} onInput={(e) => setPastEnd((e.target as HTMLInputElement).value)} />
        <button type="button" disabled={!pastValid} onClick={() => pastValid && onPastAttack(past.start!, past.end!)}>
          {t('savePastAttack')}
        </button>
      </fieldset>
    </details>
  );
}
