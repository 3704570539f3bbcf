import { useId } from 'preact/hooks';

interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** How the value reads to a person, e.g. "30 %" or "3400 K". */
  format: (value: number) => string;
  onChange: (value: number) => void;
}

/** A labelled range input; it reports every position while dragging, so changes show live. */
export function Slider({ label, value, min, max, step, format, onChange }: SliderProps) {
  const id = useId();
  return (
    <div class="slider">
      <div class="row">
        <label for={id}>{label}</label>
        <output for={id} class="muted">{format(value)}</output>
      </div>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={format(value)}
        onInput={(e) => onChange(Number((e.target as HTMLInputElement).value))}
      />
    </div>
  );
}
