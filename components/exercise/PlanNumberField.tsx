import { Field } from '@/components/ui/Field';

type PlanNumberFieldProps = {
  label: string;
  /** The plain name a form submitted without JavaScript sends. */
  name: string;
  value: string;
  error: string | null;
  /** A softer "Let op" under the field, e.g. more days than the article advises. */
  warning?: string | null;
  onChange: (text: string) => void;
};

/** A small whole-number field of the plan, in the site's one Field (label, control and its message tied together). */
export function PlanNumberField({ label, name, value, error, warning = null, onChange }: PlanNumberFieldProps) {
  return (
    <Field label={label} error={error} warning={warning}>
      {(control) => (
        <input
          {...control}
          name={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="input mt-1 max-w-[8rem]"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
