import { Field } from '@/components/ui/Field';
import { LIMITS } from '@/lib/bone-card/card';
import type { CardFormProps } from './formProps';

/** The calcium calculator's result, carried over or typed: mg per day, and the advised amount. */
export function CalciumFields({ card, update, errorFor, touch }: CardFormProps) {
  const fields = [
    { name: 'calcium', key: 'intake', label: 'Calcium per dag (uit eten en tabletten)' },
    { name: 'calcium-advies', key: 'target', label: 'Aangeraden hoeveelheid per dag' },
  ] as const;
  return (
    <section aria-labelledby="kaart-calcium" className="card space-y-4">
      <h3 id="kaart-calcium" className="text-2xl font-bold">
        Calcium
      </h3>
      <p className="field-hint">
        Uitgerekend met de{' '}
        <a href="/hulpmiddelen/calcium" className="font-semibold text-brand underline">
          calciumcalculator
        </a>
        ? Daar zet de knop &lsquo;Zet op mijn botkaart&rsquo; de uitkomst hier neer.
      </p>
      {fields.map((field) => (
        <Field
          key={field.name}
          label={field.label}
          hints={['In milligram (mg), bijvoorbeeld 1000.']}
          error={errorFor(field.name)}
        >
          {(control) => (
            <input
              {...control}
              name={field.name}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className="input mt-1 max-w-[10rem]"
              maxLength={LIMITS.shortText}
              value={card.calcium[field.key]}
              onChange={(event) => {
                const text = event.target.value;
                update((c) => ({ ...c, calcium: { ...c.calcium, [field.key]: text } }));
              }}
              onBlur={() => touch(field.name)}
            />
          )}
        </Field>
      ))}
    </section>
  );
}
