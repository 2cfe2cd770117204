'use client';

import { useId } from 'react';
import { Field } from '@/components/ui/Field';
import type { CalciumForm } from '@/lib/calcium/form';
import { OSTEOPOROSIS_RANGE_TEXT } from '@/lib/calcium/text';

type PersonFieldsProps = {
  form: CalciumForm;
  ageError?: string;
  /** Which number the day is compared with, and why; null until age and sex are known. */
  targetReason: string | null;
  onChange: (change: Partial<Pick<CalciumForm, 'age' | 'sex' | 'osteoporosis'>>) => void;
};

const SEXES = [
  { value: 'v', label: 'Vrouw' },
  { value: 'm', label: 'Man' },
] as const;

/** Age, sex and the osteoporosis question: what decides the target. */
export function PersonFields({ form, ageError, targetReason, onChange }: PersonFieldsProps) {
  const id = useId();
  const osteoHintId = `${id}-osteoporose-hint`;

  return (
    <fieldset className="card space-y-5">
      <legend className="px-1 text-2xl font-bold">Over u</legend>

      <Field label="Uw leeftijd" hints={['In jaren, bijvoorbeeld 72.']} error={ageError}>
        {(control) => (
          <input
            {...control}
            name="leeftijd"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            className="input mt-1 w-28 text-xl"
            value={form.age}
            onChange={(event) => onChange({ age: event.target.value })}
          />
        )}
      </Field>

      <fieldset>
        <legend className="field-label">Uw geslacht</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {SEXES.map((sex) => (
            <label
              key={sex.value}
              className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border-2 border-field px-4 has-[:checked]:border-brand has-[:checked]:bg-brand-light"
            >
              <input
                type="radio"
                name="geslacht"
                value={sex.value}
                checked={form.sex === sex.value}
                onChange={() => onChange({ sex: sex.value })}
                className="h-6 w-6 accent-brand"
              />
              {sex.label}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="flex items-start gap-3">
        <input
          id={`${id}-osteoporose`}
          type="checkbox"
          checked={form.osteoporosis}
          onChange={(event) => onChange({ osteoporosis: event.target.checked })}
          aria-describedby={osteoHintId}
          className="mt-1 h-6 w-6 shrink-0 accent-brand"
        />
        <div>
          <label htmlFor={`${id}-osteoporose`} className="field-label cursor-pointer">
            Ik heb osteoporose of ik gebruik medicijnen tegen osteoporose
          </label>
          <span id={osteoHintId} className="field-hint">
            Dan wordt meestal {OSTEOPOROSIS_RANGE_TEXT} calcium per dag aangeraden.
          </span>
        </div>
      </div>

      {targetReason ? <p className="rounded-lg bg-brand-light p-3">{targetReason}</p> : null}
    </fieldset>
  );
}
