export interface ToggleProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  id: string;
  disabled?: boolean;
}

/** A labelled switch; a real checkbox underneath, so keyboard and screen readers work as expected. */
export function Toggle({ label, checked, onChange, id, disabled }: ToggleProps) {
  return (
    <label class="ll-toggle" for={id}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        aria-checked={checked}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>{label}</span>
    </label>
  );
}
