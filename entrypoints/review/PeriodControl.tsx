import { useId } from 'preact/hooks';
import { isLocalDate } from '@/lib/doctor/schema';
import { PRESETS, periodLabel, type Period, type PeriodChoice } from '@/lib/review/period';
import { t } from '@/lib/i18n/ui-text';
import { atSentenceStart } from './review-format';
import { rememberedSince } from './use-period';
import { words } from './words';

interface PeriodControlProps {
  choice: PeriodChoice;
  period: Period;
  onChange: (choice: PeriodChoice) => void;
}

const kindOf = (c: PeriodChoice) => (c.kind === 'preset' ? c.preset : c.kind);

/** One period for the whole page and the printed report; the screen-time finding says it uses all data. */
export function PeriodControl({ choice, period, onChange }: PeriodControlProps) {
  const id = useId();
  const pick = (value: string) => {
    if (value === 'since') onChange({ kind: 'since', from: rememberedSince() ?? period.firstDay });
    else if (value === 'range') onChange({ kind: 'range', from: period.firstDay, to: period.lastDay });
    else onChange({ kind: 'preset', preset: value as (typeof PRESETS)[number]['id'] });
  };
  const date = (name: string, label: string, value: string, set: (v: string) => void) => (
    <>
      <label for={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} type="date" value={value}
        onChange={(e) => { const v = (e.target as HTMLInputElement).value; if (isLocalDate(v)) set(v); }} />
    </>
  );
  return (
    <section aria-label={t('periodShown')} class="panel period screen-only">
      <div class="row wrap">
        <label for={`${id}-kind`}>{t('periodLabel')}</label>
        <select id={`${id}-kind`} value={kindOf(choice)} onChange={(e) => pick((e.target as HTMLSelectElement).value)}>
          {PRESETS.map((p) => <option key={p.id} value={p.id}>{t(p.label)}</option>)}
          <option value="since">{t('periodSinceADate')}</option>
          <option value="range">{t('periodFromToChoice')}</option>
        </select>
        {choice.kind === 'since' && date('since', t('periodSince'), choice.from, (from) => onChange({ kind: 'since', from }))}
        {choice.kind === 'range' && (
          <>
            {date('from', t('periodFrom'), choice.from, (from) => onChange({ ...choice, from }))}
            {date('to', t('periodTo'), choice.to, (to) => onChange({ ...choice, to }))}
          </>
        )}
      </div>
      <p class="period-label"><strong>{atSentenceStart(periodLabel(period, words))}</strong>{t('periodAppliesTo')}</p>
      <p class="muted">{t('periodFindingUsesAll')}</p>
    </section>
  );
}
