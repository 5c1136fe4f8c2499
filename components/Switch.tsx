interface Props {
  id: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled on/off switch (a native checkbox with role="switch", so it is keyboard- and screen-reader-ready). */
export function Switch({ id, label, checked, disabled, onChange }: Props) {
  return (
    <label class="fc-switch" for={id}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>{label}</span>
    </label>
  );
}
