import { Field } from '@/components/ui/Field';
import { EMPTY_MEASUREMENT, LIMITS, type ScoreKind } from '@/lib/bone-card/card';
import type { MeasurementView } from '@/lib/bone-card/view';
import { SITES, type Site } from '@/lib/tscore/classify';
import { SITE_TEXT } from '@/lib/tscore/text';
import { DateField } from './DateField';
import { focusField, removeAt, replaceAt, type CardFormProps } from './formProps';
import { RowHeading } from './RowHeading';

const KINDS: { value: ScoreKind; label: string }[] = [
  { value: 't', label: 'T-score' },
  { value: 'z', label: 'Z-score' },
];

function isSite(value: string): value is Site {
  return (SITES as readonly string[]).includes(value);
}

/** DXA results: date, place, T- or Z-score; under each, what the score means. */
export function MeasurementRows({
  card,
  update,
  errorFor,
  touch,
  views,
}: CardFormProps & { views: MeasurementView[] }) {
  return (
    <section aria-labelledby="kaart-metingen" className="card space-y-4">
      <h3 id="kaart-metingen" className="text-2xl font-bold">
        Mijn metingen
      </h3>
      <p className="field-hint">
        De uitslag van uw botdichtheidsmeting (DEXA-scan). Eén regel per plek die gemeten is.
      </p>
      {card.measurements.map((row, index) => {
        const key = `m${index + 1}`;
        const set = (change: Partial<typeof row>) =>
          update((c) => ({ ...c, measurements: replaceAt(c.measurements, index, { ...row, ...change }) }));
        const view = views[index];
        return (
          <div key={key} className="space-y-3 border-t-2 border-[#c9d6e3] pt-3">
            <RowHeading
              title={`Meting ${index + 1}`}
              removeLabel={`Meting ${index + 1} weghalen`}
              onRemove={() => update((c) => ({ ...c, measurements: removeAt(c.measurements, index) }))}
            />
            <DateField
              label="Datum van de meting"
              name={`${key}-datum`}
              value={row.date}
              hint="Bijvoorbeeld 14-11-2026 of november 2026."
              error={errorFor(`${key}-datum`)}
              onChange={(date) => set({ date })}
              onBlur={() => touch(`${key}-datum`)}
              pickerLabel={`Kies de datum van meting ${index + 1} in een kalender`}
            />
            <Field label="Plek" hints={['Zoals op de uitslag staat.']}>
              {(control) => (
                <select
                  {...control}
                  name={`${key}-plek`}
                  className="input mt-1 max-w-[22rem]"
                  value={row.site}
                  onChange={(event) => set({ site: isSite(event.target.value) ? event.target.value : '' })}
                >
                  <option value="">Kies een plek</option>
                  {SITES.map((site) => (
                    <option key={site} value={site}>
                      {SITE_TEXT[site].label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <fieldset>
              <legend className="field-label">Soort score</legend>
              <div className="mt-1 flex flex-wrap gap-x-8">
                {KINDS.map((kind) => (
                  <label key={kind.value} className="flex min-h-12 cursor-pointer items-center gap-3">
                    <input
                      type="radio"
                      name={`${key}-soort`}
                      value={kind.value}
                      checked={row.kind === kind.value}
                      onChange={() => set({ kind: kind.value })}
                      className="size-6 accent-brand"
                    />
                    {kind.label}
                  </label>
                ))}
              </div>
            </fieldset>
            <Field
              label={row.kind === 'z' ? 'Z-score' : 'T-score'}
              hints={['Met het min-teken, zoals -2,5.']}
              error={errorFor(`${key}-score`)}
            >
              {(control) => (
                <input
                  {...control}
                  name={`${key}-score`}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  className="input mt-1 max-w-[10rem]"
                  value={row.score}
                  onChange={(event) => set({ score: event.target.value })}
                  onBlur={() => touch(`${key}-score`)}
                />
              )}
            </Field>
            {view?.label ? (
              <p className="rounded-lg bg-brand-light p-3">
                <strong>{view.label}.</strong> {view.meaning}
              </p>
            ) : null}
          </div>
        );
      })}
      {card.measurements.length < LIMITS.measurements ? (
        <button
          type="button"
          className="btn-secondary"
          onClick={() => {
            update((c) => ({ ...c, measurements: [...c.measurements, EMPTY_MEASUREMENT] }));
            focusField(`m${card.measurements.length + 1}-datum`);
          }}
        >
          Meting toevoegen
        </button>
      ) : null}
    </section>
  );
}
