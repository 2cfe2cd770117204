import { Field } from '@/components/ui/Field';
import { formatShortDate, parseDutchDate, toIsoDate, todayOf } from '@/lib/format/date';

type DateFieldProps = {
  label: string;
  /** The form field's plain name, e.g. "m1-datum"; also the key of its error. */
  name: string;
  value: string;
  hint: string;
  error: string | null;
  onChange: (text: string) => void;
  onBlur: () => void;
  /** The date picker's own name for screen readers, e.g. "Kies de datum van meting 1 in een kalender". */
  pickerLabel: string;
  /** Offer the browser's date picker (where a day is usual); a month-and-year field does without. */
  picker?: boolean;
};

/**
 * A date typed the Dutch way ("14-11-2026", "november 2026"), with the browser's own date picker beside it for
 * those who prefer to tap. The picker fills the text field, so there is one value and one message.
 */
export function DateField({
  label,
  name,
  value,
  hint,
  error,
  onChange,
  onBlur,
  pickerLabel,
  picker = true,
}: DateFieldProps) {
  const parsed = parseDutchDate(value, { precision: 'day', today: todayOf(new Date()) });
  const iso = parsed.status === 'valid' ? toIsoDate(parsed.date) : '';
  return (
    <Field label={label} hints={[hint]} error={error}>
      {(control) => (
        <span className="mt-1 flex flex-wrap items-center gap-2">
          <input
            {...control}
            name={name}
            type="text"
            inputMode="text"
            autoComplete="off"
            className="input max-w-[14rem]"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            onBlur={onBlur}
          />
          {picker ? (
            <input
              type="date"
              name={`${name}-kalender`}
              aria-label={pickerLabel}
              className="input w-auto max-w-[12rem]"
              value={iso}
              onChange={(event) => {
                const picked = parseDutchDate(event.target.value, { precision: 'day', today: todayOf(new Date()) });
                if (picked.status === 'valid') onChange(formatShortDate(picked.date));
                onBlur();
              }}
            />
          ) : null}
        </span>
      )}
    </Field>
  );
}
