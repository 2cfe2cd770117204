import type { CardView } from '@/lib/bone-card/view';
import { PlanLines } from './PlanLines';

/**
 * The card as one overview: on screen under the form, and on paper the only thing printed (one A4 page for the
 * appointment, with room to write the answers). No buttons; no colour that carries meaning.
 */
export function CardOverview({ view, printedOn }: { view: CardView; printedOn: string }) {
  const measurements = view.measurements.filter((m) => m.scoreText || m.date);
  const fractures = view.fractures.filter((f) => f.place || f.date);
  return (
    // Focusable because on wide screens it may scroll inside itself (a keyboard user must be able to scroll it).
    <div
      role="region"
      aria-labelledby="kaart-overzicht"
      data-bone-card-overview
      tabIndex={0}
      className="card mt-8 space-y-4 lg:sticky lg:top-4 lg:mt-0 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:text-base print:static print:mt-0 print:max-h-none print:overflow-visible print:space-y-2 print:border-0 print:p-0 print:text-[10.5pt] print:leading-snug"
    >
      <h2 id="kaart-overzicht" className="text-2xl font-bold print:text-[15pt]">
        Mijn botkaart{' '}
        <span className="text-lg font-normal text-muted print:text-[10pt] print:text-ink">({printedOn})</span>
      </h2>
      {!view.hasContent ? <p>Uw kaart is nog leeg. Vul in wat u wilt bewaren: dan komt het hier te staan.</p> : null}

      {measurements.length > 0 ? (
        <div>
          <h3 className="text-xl font-bold print:text-[12pt]">Metingen</h3>
          <ul className="list-disc pl-6">
            {measurements.map((m, index) => (
              <li key={index}>
                {[m.date, m.site, m.scoreText].filter(Boolean).join(', ')}
                {m.label ? `: ${m.label}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {fractures.length > 0 ? (
        <div>
          <h3 className="text-xl font-bold print:text-[12pt]">Botbreuken</h3>
          <ul className="list-disc pl-6">
            {fractures.map((f, index) => (
              <li key={index}>{[f.place || 'Breuk', f.date].filter(Boolean).join(', ')}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {view.medicines.length > 0 ? (
        <div>
          <h3 className="text-xl font-bold print:text-[12pt]">Medicijnen</h3>
          <ul className="space-y-3 print:space-y-1">
            {view.medicines.map((m, index) => (
              <li key={index} className="break-inside-avoid">
                <p className="font-bold">
                  {m.name}
                  {m.dose ? `: ${m.dose}` : ''}
                </p>
                <p>{m.form}</p>
                <PlanLines view={m} withNotes />
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {view.calcium ? (
        <div>
          <h3 className="text-xl font-bold print:text-[12pt]">Calcium</h3>
          <p>{view.calcium}.</p>
        </div>
      ) : null}

      {view.questions.length > 0 ? (
        <div>
          <h3 className="text-xl font-bold print:text-[12pt]">Mijn vragen</h3>
          <ol className="list-decimal space-y-2 pl-6 print:space-y-1">
            {view.questions.map((question) => (
              <li key={question} className="break-inside-avoid">
                {question}
                {/* Room to write the answer, on paper only. */}
                <span
                  aria-hidden="true"
                  className="hidden print:block print:h-[11mm] print:border-b print:border-ink"
                />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}
