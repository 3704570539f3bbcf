import { useId, useState } from 'preact/hooks';
import { fromLocalInput, toLocalInput } from '@/components/attack/local-time';
import { LONG_ATTACK_ADVICE, lastUpdate, startedPhrase } from '@/lib/attack/long-attack';
import type { Attack } from '@/lib/attack/schema';

interface LongAttackQuestionProps {
  attack: Attack;
  now: () => Date;
  /** Saves the end the person gives (an ISO instant). */
  onEnded: (endIso: string) => void;
}

/**
 * Past 72 hours without an end, the popup asks calmly whether the attack is still going on. It does
 * not replace "End attack"; "Still going" shows the one medical line (ICHD-3 1.4.1).
 */
export function LongAttackQuestion({ attack, now, onEnded }: LongAttackQuestionProps) {
  const id = useId();
  const [endedAt, setEndedAt] = useState(() => toLocalInput(lastUpdate(attack, now()).toISOString()));
  const [stillGoing, setStillGoing] = useState(false);
  const end = fromLocalInput(endedAt);
  const valid = end !== null && end > attack.start && end <= now().toISOString();
  return (
    <div role="group" aria-labelledby={`${id}-question`} class="long-attack">
      <p id={`${id}-question`}>
        <strong>Is this attack still going on?</strong> {startedPhrase(attack.start, now())}
      </p>
      <div class="row wrap">
        <label for={`${id}-ended`}>It ended at…</label>
        <input id={`${id}-ended`} type="datetime-local" value={endedAt} min={toLocalInput(attack.start)} max={toLocalInput(now().toISOString())} onInput={(e) => setEndedAt((e.target as HTMLInputElement).value)} />
        <button type="button" disabled={!valid} onClick={() => valid && onEnded(end!)}>Save end time</button>
      </div>
      <button type="button" aria-pressed={stillGoing} onClick={() => setStillGoing(true)}>Still going</button>
      {stillGoing && <p class="advice">{LONG_ATTACK_ADVICE}</p>}
    </div>
  );
}
