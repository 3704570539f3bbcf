import { useId } from 'preact/hooks';

interface SwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  description?: string;
  big?: boolean;
}

/** An on/off control with role "switch", named by its label alone (the description is separate). */
export function Switch({ label, checked, onChange, description, big }: SwitchProps) {
  const id = useId();
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-labelledby={`${id}-label`}
      aria-describedby={description ? `${id}-description` : undefined}
      class={big ? 'switch big' : 'switch'}
      onClick={() => onChange(!checked)}
    >
      <span>
        <span id={`${id}-label`}>{label}</span>
        {description && (
          <span id={`${id}-description`} class="muted switch-description">
            {' '}
            {description}
          </span>
        )}
      </span>
      <span class="track" aria-hidden="true" />
    </button>
  );
}
