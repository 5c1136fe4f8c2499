import type { ComponentChildren } from 'preact';

interface Option<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  name: string;
  legend: string;
  options: Option<T>[];
  /** One value (radios) or several (checkboxes). */
  value: T | readonly T[];
  onChange: (value: T, checked: boolean) => void;
  children?: ComponentChildren;
}

/** A fieldset of radios or checkboxes: native inputs, so keyboard and screen readers need nothing extra. */
export function ChoiceGroup<T extends string>({ name, legend, options, value, onChange, children }: Props<T>) {
  const multiple = Array.isArray(value);
  const checked = (v: T) => (multiple ? (value as readonly T[]).includes(v) : value === v);
  return (
    <fieldset class="fc-box fc-choices" data-setting={name}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} class="fc-choice">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={name}
            value={o.value}
            checked={checked(o.value)}
            onChange={(e) => onChange(o.value, (e.currentTarget as HTMLInputElement).checked)}
          />
          {o.label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
