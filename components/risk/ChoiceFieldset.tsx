import { useId } from 'react';
import type { ChoiceQuestion } from '@/lib/questionnaire/questions';

type ChoiceFieldsetProps = {
  question: ChoiceQuestion;
  /** The answer given, or undefined while unanswered (nothing is checked). */
  value: string | undefined;
  onChange: (value: string) => void;
  /** "Vraag 3": said before the question, so a list of questions stays easy to follow. */
  label?: string;
};

/**
 * One question as a fieldset whose legend is the question, with a radio per answer. The radios' name is the
 * question's plain key ("gevallen"), so a form sent without JavaScript has readable keys, the same as the link.
 */
export function ChoiceFieldset({ question, value, onChange, label }: ChoiceFieldsetProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const short = question.options.every((option) => option.label.length <= 5);
  return (
    <fieldset aria-describedby={question.hint ? hintId : undefined} className="border-t-2 border-[#c9d6e3] pt-4">
      <legend className="field-label float-left w-full text-xl leading-snug">
        {label ? <span className="block text-base font-semibold text-muted">{label}</span> : null}
        {question.legend}
      </legend>
      {question.hint ? (
        <p id={hintId} className="field-hint clear-both pt-1">
          {question.hint}
        </p>
      ) : null}
      <div className={short ? 'clear-both flex flex-wrap gap-x-3 gap-y-2 pt-2' : 'clear-both space-y-2 pt-2'}>
        {question.options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-12 min-w-28 cursor-pointer items-center gap-3 rounded-lg border-2 border-[#8a9bb0] px-3 py-2 has-[:checked]:border-brand has-[:checked]:bg-brand-light has-[:checked]:font-semibold"
          >
            <input
              type="radio"
              name={question.key}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="size-6 shrink-0 accent-brand"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
