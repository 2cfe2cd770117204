import { useId, type ReactNode } from 'react';

/** What a field's control needs to be tied to its label, hints and error. Spread it on the <input>. */
export type FieldControl = { id: string; 'aria-describedby': string | undefined; 'aria-invalid': true | undefined };

type FieldProps = {
  label: ReactNode;
  /** Shown under the label and read with the control: the unit, an example, a note. */
  hints?: readonly ReactNode[];
  /** Why the value is not accepted; tied to the control. */
  error?: string | null;
  /** Said aloud the moment it appears: for an error after "Bekijk", not for one that changes while typing. */
  announceError?: boolean;
  /** A softer "Let op", shown only when there is no error. */
  warning?: string | null;
  className?: string;
  /** The control itself (an input, maybe with buttons around it), given the ids that tie it to the texts. */
  children: (control: FieldControl) => ReactNode;
};

/**
 * One labelled field, the same everywhere: a visible label, hints, the control, and an error or warning that the
 * control's description includes (WCAG 1.3.1, 3.3.1). Every tool's text fields use it.
 */
export function Field({
  label,
  hints = [],
  error = null,
  announceError = false,
  warning = null,
  className,
  children,
}: FieldProps) {
  const id = useId();
  const hintIds = hints.map((_, index) => `${id}-hint-${index}`);
  const errorId = `${id}-fout`;
  const warningId = `${id}-let-op`;
  const shownWarning = error ? null : warning;
  const describedBy = [...hintIds, error ? errorId : null, shownWarning ? warningId : null].filter(Boolean).join(' ');

  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hints.map((hint, index) => (
        <span key={hintIds[index]} id={hintIds[index]} className="field-hint">
          {hint}
        </span>
      ))}
      {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? true : undefined })}
      {error ? (
        <span id={errorId} role={announceError ? 'alert' : undefined} className="field-error">
          <span className="sr-only">Fout: </span>
          {error}
        </span>
      ) : null}
      {shownWarning ? (
        <span id={warningId} className="mt-1 block font-semibold">
          Let op: {shownWarning}
        </span>
      ) : null}
    </div>
  );
}
