type PlanNumberFieldProps = {
  id: string;
  label: string;
  value: string;
  error: string | null;
  onChange: (text: string) => void;
};

/** A small whole-number field with a visible label; its message is tied to it with aria-describedby. */
export function PlanNumberField({ id, label, value, error, onChange }: PlanNumberFieldProps) {
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="input mt-1 max-w-[8rem]"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-fout` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <span id={`${id}-fout`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
