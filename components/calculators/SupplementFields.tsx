'use client';

import { useId } from 'react';
import { Field } from '@/components/ui/Field';
import { SUPPLEMENT_MOMENTS, type SupplementId } from '@/lib/calcium/foods';

type SupplementFieldsProps = {
  values: Partial<Record<SupplementId, string>>;
  errors: Partial<Record<string, string>>;
  onChange: (id: SupplementId, text: string) => void;
};

/** Calcium from tablets or powder, in mg per moment of the day; never a prescription. */
export function SupplementFields({ values, errors, onChange }: SupplementFieldsProps) {
  const id = useId();
  const introId = `${id}-uitleg`;

  return (
    <fieldset className="card" aria-describedby={introId}>
      <legend className="px-1 text-2xl font-bold">Supplementen</legend>
      <p id={introId} className="field-hint">
        Gebruikt u al calciumtabletten of calciumpoeder? Vul dan in hoeveel milligram (mg) calcium u per keer inneemt.
        Dat staat op de verpakking. Begin niet zelf met een supplement: overleg eerst met uw huisarts of apotheker.
      </p>
      <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-3">
        {SUPPLEMENT_MOMENTS.map((moment) => (
          <Field key={moment.id} label={moment.label} hints={['mg calcium']} error={errors[moment.id]}>
            {(control) => (
              <input
                {...control}
                name={moment.id}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                className="input mt-1 w-32 text-xl"
                placeholder="0"
                value={values[moment.id] ?? ''}
                onChange={(event) => onChange(moment.id, event.target.value)}
              />
            )}
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
