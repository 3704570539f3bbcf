import { startedWhen } from '@/lib/attack/long-attack';
import { fmt, t } from '@/lib/i18n/ui-text';

const DAY_MS = 86_400_000;

/** "Attack since 14:10"; with the weekday once the start is a day or more back (14:10 alone would mislead). */
export function attackSinceText(startIso: string, now: Date): string {
  const time = fmt.time(startIso);
  return now.getTime() - Date.parse(startIso) < DAY_MS ? t('attackSince', { time }) : t('attackSinceDay', { day: fmt.weekday(startIso), time });
}

/** "It started on Monday at 14:10." (with the date when that was six days or more ago). */
export function attackStartedText(startIso: string, now: Date): string {
  const { start, withDate } = startedWhen(startIso, now);
  return t('longAttackStarted', { when: withDate ? fmt.weekdayDate(start) : fmt.weekday(start), time: fmt.time(start) });
}
