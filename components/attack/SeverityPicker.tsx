import { fmt, t } from '@/lib/i18n/ui-text';

interface SeverityPickerProps {
  value: number | null;
  onChange: (value: number | null) => void;
}

const LEVELS = Array.from({ length: 11 }, (_, i) => i);

/** 0-10 as eleven large buttons; pressing the chosen level again clears it. */
export function SeverityPicker({ value, onChange }: SeverityPickerProps) {
  return (
    <fieldset class="severity">
      <legend>{t('severityLegend')}</legend>
      {LEVELS.map((level) => (
        <button
          type="button"
          key={level}
          aria-pressed={value === level}
          aria-label={t('severityLevel', { level })}
          onClick={() => onChange(value === level ? null : level)}
        >
          {fmt.number(level)}
        </button>
      ))}
    </fieldset>
  );
}
