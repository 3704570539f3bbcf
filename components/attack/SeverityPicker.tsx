interface SeverityPickerProps {
  value: number | null;
  onChange: (value: number | null) => void;
}

const LEVELS = Array.from({ length: 11 }, (_, i) => i);

/** 0-10 as eleven large buttons; pressing the chosen level again clears it. */
export function SeverityPicker({ value, onChange }: SeverityPickerProps) {
  return (
    <fieldset class="severity">
      <legend>Severity (0 none, 10 worst)</legend>
      {LEVELS.map((level) => (
        <button
          type="button"
          key={level}
          aria-pressed={value === level}
          aria-label={`Severity ${level}`}
          onClick={() => onChange(value === level ? null : level)}
        >
          {level}
        </button>
      ))}
    </fieldset>
  );
}
