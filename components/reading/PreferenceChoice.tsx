'use client';

import type { Preference } from '@/lib/reading/preference';

type PreferenceChoiceProps<Id extends string> = {
  legend: string;
  /** The radio group's plain field name. */
  name: string;
  preference: Preference<Id>;
  current: Id;
  onChoose: (next: Id) => void;
  /** Extra classes per choice (the text sizes are written in the size they give). */
  optionClass?: Partial<Record<Id, string>>;
};

/**
 * A row of radio buttons drawn as buttons (.choice in globals.css), for one reading preference. It is in the page's
 * HTML (with the default chosen until the island starts, so the header keeps its size), and hidden when the browser
 * runs no script, where it could not work.
 */
export function PreferenceChoice<Id extends string>({
  legend,
  name,
  preference,
  current,
  onChoose,
  optionClass,
}: PreferenceChoiceProps<Id>) {
  return (
    <fieldset className="no-print flex flex-wrap items-center gap-x-2 gap-y-1 noscript:hidden">
      <legend className="float-left mr-1 text-base font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-1">
        {preference.options.map((option) => (
          <label key={option.id} className={`choice ${optionClass?.[option.id] ?? 'text-base'}`}>
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={current === option.id}
              onChange={() => onChoose(option.id)}
              className="absolute inset-0 cursor-pointer appearance-none opacity-0"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
