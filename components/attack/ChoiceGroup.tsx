import type { VocabularyEntry } from '@/lib/attack/vocabulary';
import { t } from '@/lib/i18n/ui-text';

interface ChoiceGroupProps {
  label: string;
  options: readonly VocabularyEntry[];
  selected: readonly string[];
  /** One choice at most (pressing the chosen one clears it), or any number. */
  single?: boolean;
  onChange: (selected: string[]) => void;
}

/** Large toggle buttons in a labelled group; each is a button with aria-pressed. */
export function ChoiceGroup({ label, options, selected, single, onChange }: ChoiceGroupProps) {
  const toggle = (id: string) => {
    const on = selected.includes(id);
    if (single) onChange(on ? [] : [id]);
    else onChange(on ? selected.filter((s) => s !== id) : [...selected, id]);
  };
  return (
    <fieldset class="choice-group">
      <legend>{label}</legend>
      {options.map((option) => (
        <button
          type="button"
          key={option.id}
          aria-pressed={selected.includes(option.id)}
          onClick={() => toggle(option.id)}
        >
          {t(option.key)}
        </button>
      ))}
    </fieldset>
  );
}
