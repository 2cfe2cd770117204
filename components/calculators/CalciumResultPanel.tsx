'use client';

import { useId } from 'react';
import type { CalciumView } from '@/lib/calcium-view';
import { CopyLinkButton } from '@/components/ui/CopyLinkButton';
import { CalciumBar } from './CalciumBar';

/** The outcome: the sentence (also announced), why this target, the bar, warnings, ideas and the day itself. */
export function CalciumResultPanel({ view }: { view: CalciumView }) {
  const id = useId();
  const headingId = `${id}-kop`;

  return (
    <section
      aria-labelledby={headingId}
      className="card space-y-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto print:static print:max-h-none print:overflow-visible print:border-0 print:p-0"
    >
      <h2 id={headingId} className="text-2xl font-bold">
        Uw uitkomst
      </h2>
      <p role="status" aria-live="polite" className="text-xl font-semibold">
        {view.summary}
      </p>
      {view.invalidNote ? <p className="font-semibold text-error">{view.invalidNote}</p> : null}
      {view.targetReason ? <p>{view.targetReason}</p> : null}

      <CalciumBar {...view.bar} />

      {view.warnings.map((warning) => (
        <div key={warning} className="rounded-lg border-4 border-double border-[#8a5a00] bg-[#fff7e0] p-3">
          <p>
            <strong>
              <span aria-hidden="true">⚠ </span>Let op:
            </strong>{' '}
            {warning}
          </p>
        </div>
      ))}

      {view.suggestions.length > 0 ? (
        <div>
          <h3 className="text-xl font-bold">Zo kunt u het verschil aanvullen</h3>
          <p>Eén van deze mogelijkheden is genoeg:</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {view.suggestions.map((suggestion) => (
              <li key={suggestion}>{suggestion}</li>
            ))}
          </ul>
          <p className="mt-2 text-muted">
            Lukt het niet met eten en drinken? Vraag uw huisarts of apotheker of een calciumtablet iets voor u is.
          </p>
        </div>
      ) : null}

      {view.dayLines.length > 0 ? (
        <div>
          <h3 className="text-xl font-bold">Waar komt uw calcium vandaan?</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {view.dayLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <p className="text-base text-muted">
        Alleen wat u invult telt mee ({view.restText}). Ander eten en drinken, zoals groente, brood en water, geeft ook
        een beetje calcium. Vul het in als u het wilt meetellen.
      </p>

      <div className="no-print flex flex-wrap items-start gap-3">
        <CopyLinkButton />
        <button type="button" className="btn-secondary" onClick={() => window.print()}>
          Afdrukken
        </button>
      </div>
      <p className="no-print text-base text-muted">
        De link bevat wat u hebt ingevuld. Er wordt niets naar ons gestuurd of bewaard.
      </p>
    </section>
  );
}
