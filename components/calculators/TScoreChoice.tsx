import { useId } from 'react';

type Option<T extends string> = { value: T; label: string };

type TScoreChoiceProps<T extends string> = {
  /** The radios' form name, plain (the same key as in the URL fragment): a form sent without JavaScript shows it. */
  name: string;
  legend: string;
  hint: string;
  options: readonly Option<T>[];
  value: T;
  onChange: (value: T) => void;
  /** "stack" for long answers, "row" for short ones such as Ja / Nee. */
  layout: 'stack' | 'row';
};

const LAYOUT = {
  stack: 'mt-2 space-y-2',
  row: 'mt-2 flex flex-wrap gap-x-8 gap-y-2',
} as const;

/** A question with radio buttons: a fieldset whose legend is the question and whose hint is tied to it. */
export function TScoreChoice<T extends string>({
  name,
  legend,
  hint,
  options,
  value,
  onChange,
  layout,
}: TScoreChoiceProps<T>) {
  const id = useId();
  return (
    <fieldset aria-describedby={`${id}-hint`}>
      <legend className="field-label text-xl">{legend}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <div className={LAYOUT[layout]}>
        {options.map((option) => (
          <label key={option.value} className="flex min-h-12 cursor-pointer items-start gap-3 py-1">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="mt-1 size-6 shrink-0 accent-brand"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
