import { useId } from 'preact/hooks';
import { isLocalDate } from '@/lib/doctor/schema';
import { PRESETS, periodLabel, type Period, type PeriodChoice } from '@/lib/review/period';
import { rememberedSince } from './use-period';

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
  const date = (label: string, value: string, set: (v: string) => void) => (
    <>
      <label for={`${id}-${label}`}>{label}</label>
      <input id={`${id}-${label}`} type="date" value={value}
        onChange={(e) => { const v = (e.target as HTMLInputElement).value; if (isLocalDate(v)) set(v); }} />
    </>
  );
  return (
    <section aria-label="Period shown" class="panel period screen-only">
      <div class="row wrap">
        <label for={`${id}-kind`}>Period</label>
        <select id={`${id}-kind`} value={kindOf(choice)} onChange={(e) => pick((e.target as HTMLSelectElement).value)}>
          {PRESETS.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
          <option value="since">Since a date</option>
          <option value="range">From – to</option>
        </select>
        {choice.kind === 'since' && date('Since', choice.from, (from) => onChange({ kind: 'since', from }))}
        {choice.kind === 'range' && (
          <>
            {date('From', choice.from, (from) => onChange({ ...choice, from }))}
            {date('To', choice.to, (to) => onChange({ ...choice, to }))}
          </>
        )}
      </div>
      <p class="period-label"><strong>{periodLabel(period)}</strong>: the chart, weeks, months, calendar, attacks, treatments and the printed report show this period.</p>
      <p class="muted">The screen-time finding uses all your data, not only this period: it needs many attacks to say anything.</p>
    </section>
  );
}
