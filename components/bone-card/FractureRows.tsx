import { Field } from '@/components/ui/Field';
import { EMPTY_FRACTURE, LIMITS } from '@/lib/bone-card/card';
import { DateField } from './DateField';
import { focusField, removeAt, replaceAt, type CardFormProps } from './formProps';
import { RowHeading } from './RowHeading';

/** Fractures: where, and when (month and year is enough). */
export function FractureRows({ card, update, errorFor, touch }: CardFormProps) {
  return (
    <section aria-labelledby="kaart-breuken" className="card space-y-4">
      <h3 id="kaart-breuken" className="text-2xl font-bold">
        Mijn botbreuken
      </h3>
      <p className="field-hint">Welk bot brak er, en wanneer? Maand en jaar is genoeg.</p>
      {card.fractures.map((row, index) => {
        const key = `b${index + 1}`;
        const set = (change: Partial<typeof row>) =>
          update((c) => ({ ...c, fractures: replaceAt(c.fractures, index, { ...row, ...change }) }));
        return (
          <div key={key} className="space-y-3 border-t-2 border-[#c9d6e3] pt-3">
            <RowHeading
              title={`Breuk ${index + 1}`}
              removeLabel={`Breuk ${index + 1} weghalen`}
              onRemove={() => update((c) => ({ ...c, fractures: removeAt(c.fractures, index) }))}
            />
            <Field label="Welk bot?" hints={['Bijvoorbeeld: pols, heup, wervel.']}>
              {(control) => (
                <input
                  {...control}
                  name={`${key}-plek`}
                  type="text"
                  autoComplete="off"
                  className="input mt-1 max-w-[22rem]"
                  value={row.place}
                  maxLength={LIMITS.shortText}
                  onChange={(event) => set({ place: event.target.value })}
                />
              )}
            </Field>
            <DateField
              label="Wanneer?"
              name={`${key}-datum`}
              value={row.date}
              hint="Bijvoorbeeld maart 2024 of 03-2024."
              error={errorFor(`${key}-datum`)}
              onChange={(date) => set({ date })}
              onBlur={() => touch(`${key}-datum`)}
              pickerLabel={`Kies de datum van breuk ${index + 1} in een kalender`}
              picker={false}
            />
          </div>
        );
      })}
      {card.fractures.length < LIMITS.fractures ? (
        <button
          type="button"
          className="btn-secondary"
          onClick={() => {
            update((c) => ({ ...c, fractures: [...c.fractures, EMPTY_FRACTURE] }));
            focusField(`b${card.fractures.length + 1}-plek`);
          }}
        >
          Breuk toevoegen
        </button>
      ) : null}
    </section>
  );
}
