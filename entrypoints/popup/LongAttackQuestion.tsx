import { useId, useState } from 'preact/hooks';
import { fromLocalInput, toLocalInput } from '@/components/attack/local-time';
import { lastUpdate } from '@/lib/attack/long-attack';
import type { Attack } from '@/lib/attack/schema';
import { t } from '@/lib/i18n/ui-text';
import { attackStartedText } from './attack-times';

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
        <strong>{t('longAttackQuestion')}</strong> {attackStartedText(attack.start, now())}
      </p>
      <div class="row wrap">
        <label for={`${id}-ended`}>{t('longAttackEndedAt')}</label>
        <input id={`${id}-ended`} type="datetime-local" value={endedAt} min={toLocalInput(attack.start)} max={toLocalInput(now().toISOString())} onInput={(e) => setEndedAt((e.target as HTMLInputElement).value)} />
        <button type="button" disabled={!valid} onClick={() => valid && onEnded(end!)}>{t('longAttackSaveEnd')}</button>
      </div>
      <button type="button" aria-pressed={stillGoing} onClick={() => setStillGoing(true)}>{t('longAttackStillGoing')}</button>
      {stillGoing && <p class="advice">{t('longAttackAdvice')} {t('longAttackRule')}</p>}
    </div>
  );
}
