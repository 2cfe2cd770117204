import { Field } from '@/components/ui/Field';
import { EMPTY_MEDICINE, LIMITS, type MedicineValues } from '@/lib/bone-card/card';
import { MEDICINES, MEDICINE_IDS, isMedicineId } from '@/lib/bone-card/medicines';
import type { MedicineView } from '@/lib/bone-card/view';
import { WEEKDAYS, WEEKDAY_NAMES, type Weekday } from '@/lib/format/date';
import { DateField } from './DateField';
import { focusField, removeAt, replaceAt, type CardFormProps } from './formProps';
import { PlanLines } from './PlanLines';
import { RowHeading } from './RowHeading';

const DOSE_HINT = {
  calcium: 'Bijvoorbeeld: 500 mg per dag.',
  'vitamine-d': 'Bijvoorbeeld: 800 IE (20 microgram) per dag.',
} as const;

function isWeekday(value: string): value is Weekday {
  return (WEEKDAYS as readonly string[]).includes(value);
}

/** Medicines chosen from the list; the fields each one needs; its next dates right under it. */
export function MedicineRows({
  card,
  update,
  errorFor,
  touch,
  views,
}: CardFormProps & { views: (MedicineView | null)[] }) {
  return (
    <section aria-labelledby="kaart-medicijnen" className="card space-y-4">
      <h3 id="kaart-medicijnen" className="text-2xl font-bold">
        Mijn medicijnen
      </h3>
      <p className="field-hint">Kies uw medicijn uit de lijst. De kaart rekent uit wanneer de volgende keer is.</p>
      {card.medicines.map((row, index) => {
        const key = `med${index + 1}`;
        const set = (change: Partial<MedicineValues>) =>
          update((c) => ({ ...c, medicines: replaceAt(c.medicines, index, { ...row, ...change }) }));
        const medicine = row.medicine === '' ? null : MEDICINES[row.medicine];
        const view = views[index] ?? null;
        return (
          <div key={key} className="space-y-3 border-t-2 border-[#c9d6e3] pt-3">
            <RowHeading
              title={`Medicijn ${index + 1}`}
              removeLabel={`Medicijn ${index + 1} weghalen`}
              onRemove={() => update((c) => ({ ...c, medicines: removeAt(c.medicines, index) }))}
            />
            <Field label="Welk medicijn?" error={errorFor(key)}>
              {(control) => (
                <select
                  {...control}
                  name={key}
                  className="input mt-1"
                  value={row.medicine}
                  onChange={(event) => set({ medicine: isMedicineId(event.target.value) ? event.target.value : '' })}
                  onBlur={() => touch(key)}
                >
                  <option value="">Kies een medicijn</option>
                  {MEDICINE_IDS.map((id) => (
                    <option key={id} value={id}>
                      {MEDICINES[id].name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {medicine ? <p className="text-muted">{medicine.form}</p> : null}
            {medicine && medicine.asks !== 'none' ? (
              <DateField
                label="Begonnen op"
                name={`${key}-start`}
                value={row.start}
                hint="Maand en jaar is genoeg, bijvoorbeeld mei 2025."
                error={errorFor(`${key}-start`)}
                onChange={(start) => set({ start })}
                onBlur={() => touch(`${key}-start`)}
                pickerLabel={`Kies de startdatum van medicijn ${index + 1} in een kalender`}
                picker={false}
              />
            ) : null}
            {medicine?.asks === 'start-and-last' ? (
              <DateField
                label={medicine.dose === 'infuus' ? 'Datum van het laatste infuus' : 'Datum van de laatste prik'}
                name={`${key}-laatst`}
                value={row.last}
                hint="Met de dag erbij, bijvoorbeeld 14-11-2026."
                error={errorFor(`${key}-laatst`)}
                onChange={(last) => set({ last })}
                onBlur={() => touch(`${key}-laatst`)}
                pickerLabel={`Kies de datum van de laatste keer voor medicijn ${index + 1} in een kalender`}
              />
            ) : null}
            {medicine?.schedule.kind === 'weekly' ? (
              <Field label="Op welke dag neemt u de tablet?" error={errorFor(`${key}-dag`)}>
                {(control) => (
                  <select
                    {...control}
                    name={`${key}-dag`}
                    className="input mt-1 max-w-[14rem]"
                    value={row.weekday}
                    onChange={(event) => set({ weekday: isWeekday(event.target.value) ? event.target.value : '' })}
                    onBlur={() => touch(`${key}-dag`)}
                  >
                    <option value="">Kies een dag</option>
                    {WEEKDAYS.map((day) => (
                      <option key={day} value={day}>
                        {WEEKDAY_NAMES[day]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
            {row.medicine === 'calcium' || row.medicine === 'vitamine-d' ? (
              <Field label="Hoeveel?" hints={[DOSE_HINT[row.medicine]]}>
                {(control) => (
                  <input
                    {...control}
                    name={`${key}-dosis`}
                    type="text"
                    autoComplete="off"
                    className="input mt-1 max-w-[22rem]"
                    maxLength={LIMITS.shortText}
                    value={row.dose}
                    onChange={(event) => set({ dose: event.target.value })}
                  />
                )}
              </Field>
            ) : null}
            {view ? <PlanLines view={view} /> : null}
          </div>
        );
      })}
      {card.medicines.length < LIMITS.medicines ? (
        <button
          type="button"
          className="btn-secondary"
          onClick={() => {
            update((c) => ({ ...c, medicines: [...c.medicines, EMPTY_MEDICINE] }));
            focusField(`med${card.medicines.length + 1}`);
          }}
        >
          Medicijn toevoegen
        </button>
      ) : null}
    </section>
  );
}
