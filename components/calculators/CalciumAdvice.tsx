'use client';

import { useId } from 'react';
import type { CalciumView } from '@/lib/calcium/view';
import { CopyLinkButton } from '@/components/ui/CopyLinkButton';

/** Below the form: why this target, ideas to close a gap, where the calcium comes from, and sharing or printing. */
export function CalciumAdvice({ view }: { view: CalciumView }) {
  const id = useId();
  const headingId = `${id}-kop`;

  return (
    <section
      aria-labelledby={headingId}
      className="card max-w-[48rem] space-y-5 print:break-inside-auto! print:space-y-2 print:border-0 print:p-0"
    >
      <h2 id={headingId} className="text-2xl font-bold print:text-xl">
        Wat kunt u doen?
      </h2>
      {view.person ? (
        <p className="hidden print:block">
          <strong>{view.person}</strong> {view.targetReason}
        </p>
      ) : null}

      {view.suggestions.length > 0 ? (
        <div>
          <h3 className="text-xl font-bold print:text-lg">Zo kunt u het verschil aanvullen</h3>
          <p>Eén van deze mogelijkheden is al genoeg:</p>
          <ul className="mt-2 list-disc space-y-1 pl-6 print:mt-0 print:space-y-0">
            {view.suggestions.map((suggestion) => (
              <li key={suggestion}>{suggestion}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{view.noSuggestionText}</p>
      )}
      {view.suggestions.length > 0 ? (
        <p>
          Lukt het niet met eten en drinken? Vraag uw huisarts of apotheker of een calciumtablet iets voor u is. Begin
          er niet zelf mee.
        </p>
      ) : null}

      {view.dayLines.length > 0 ? (
        <div>
          <h3 className="text-xl font-bold print:text-lg">Waar komt uw calcium vandaan?</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6 print:mt-0 print:columns-2 print:gap-10 print:space-y-0 print:text-sm">
            {view.dayLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="text-base text-muted print:text-sm print:text-ink">
        Alleen wat u invult telt mee: {view.restText}. Ander eten en drinken, zoals groente, brood en water, geeft ook
        een beetje calcium. Vul het in als u het wilt meetellen.
      </p>

      <div className="no-print flex flex-wrap items-start gap-3">
        <CopyLinkButton />
        <button type="button" className="btn-secondary" onClick={() => window.print()}>
          Afdrukken
        </button>
      </div>
      <p className="no-print text-base text-muted">
        De link bevat wat u heeft ingevuld. Zo kunt u uw dag bewaren of delen. Er wordt niets naar ons gestuurd.
      </p>
    </section>
  );
}
