export interface ChoiceProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: readonly T[];
  optionLabel: (value: T) => string;
  onChange: (value: T) => void;
}

/** A labelled select over a fixed list of values. */
export function Choice<T extends string>({ id, label, value, options, optionLabel, onChange }: ChoiceProps<T>) {
  return (
    <label>
      {label}{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {options.map((v) => (
          <option key={v} value={v}>
            {optionLabel(v)}
          </option>
        ))}
      </select>
    </label>
  );
}
