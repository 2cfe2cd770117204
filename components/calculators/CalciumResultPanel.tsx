'use client';

import { useId, type Ref } from 'react';
import type { CalciumView } from '@/lib/calcium/view';
import { CarryOverLink } from '@/components/bone-card/CarryOverLink';
import { encodeCalciumForCard } from '@/lib/bone-card/fragment';
import { CalciumBar } from './CalciumBar';

/**
 * The outcome that updates while the person fills in the day: the sentence (announced politely), the bar and the
 * warnings. Sticky beside the form where the calculator is wide, so it stays in view; elsewhere CalciumTotalBar
 * keeps the total in view. This is the one live region: the bar repeats it silently.
 */
export function CalciumResultPanel({
  view,
  summaryRef,
}: {
  view: CalciumView;
  summaryRef?: Ref<HTMLParagraphElement>;
}) {
  const id = useId();
  const headingId = `${id}-kop`;

  return (
    // Focusable because on wide screens it may scroll inside itself (a keyboard user must be able to scroll it).
    <div
      role="region"
      aria-labelledby={headingId}
      tabIndex={0}
      className="card space-y-4 @3xl:sticky @3xl:top-4 @3xl:max-h-[calc(100vh-2rem)] @3xl:overflow-y-auto print:static print:max-h-none print:space-y-2 print:overflow-visible print:border-0 print:p-0"
    >
      <h2 id={headingId} className="text-2xl font-bold print:hidden">
        Uw uitkomst
      </h2>
      <p ref={summaryRef} role="status" aria-live="polite" className="text-xl font-semibold print:text-lg">
        {view.summary}
      </p>
      {view.invalidNote ? <p className="font-semibold text-error print:hidden">{view.invalidNote}</p> : null}

      <CalciumBar {...view.bar} />

      {view.warnings.map((warning) => (
        <div
          key={warning}
          className="rounded-lg border-4 border-double border-caution bg-caution-tint p-3 print:bg-white print:p-2"
        >
          <p>
            <strong>
              <span aria-hidden="true">⚠ </span>Let op:
            </strong>{' '}
            {warning}
          </p>
        </div>
      ))}

      {view.result.foodMg + view.result.supplementMg > 0 ? (
        <CarryOverLink fragment={encodeCalciumForCard(view.result.totalMg, view.result.target?.mg ?? null)} />
      ) : null}
    </div>
  );
}
