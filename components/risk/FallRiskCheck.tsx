'use client';

import { useId, useMemo } from 'react';
import { PrintButton } from '@/components/print/PrintButton';
import { CopyLinkButton } from '@/components/ui/CopyLinkButton';
import { useBrowserValue } from '@/components/ui/useBrowserValue';
import { decodeFallRiskFragment, encodeFallRiskFragment } from '@/lib/fall-risk/fragment';
import { FALL_RISK_ITEMS } from '@/lib/fall-risk/items';
import { describeFallRisk, pointsText } from '@/lib/fall-risk/score';
import { fallRiskSheetRows } from '@/lib/fall-risk/sheet';
import { FALL_RISK_CREDIT, SCORING_TEXT } from '@/lib/fall-risk/source';
import { localIsoDate } from '@/lib/format/date';
import type { Answers } from '@/lib/questionnaire/questions';
import { formatDate } from '@/lib/format/date';
import { AdviceList } from './AdviceList';
import { ChoiceFieldset } from './ChoiceFieldset';
import { PrintSheet } from './PrintSheet';
import { useFragmentState } from './useFragmentState';

const NONE: Answers = {};
const decode = (hash: string) => {
  const answers = decodeFallRiskFragment(hash);
  return Object.keys(answers).length > 0 ? answers : null;
};

/** The 12 questions of the fall-risk checklist; the points and what they mean follow every answer. */
export function FallRiskCheck() {
  const id = useId();
  const [answers, update] = useFragmentState<Answers>(NONE, decode, encodeFallRiskFragment);
  const result = useMemo(() => describeFallRisk(answers), [answers]);
  const started = useBrowserValue(() => true, false);
  const today = useBrowserValue(() => localIsoDate(), null);
  const answered = FALL_RISK_ITEMS.length - result.unanswered;

  return (
    <section aria-labelledby={`${id}-title`} className="not-prose my-8 text-lg text-ink print:my-0">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <div className="card print:hidden">
          <h2 id={`${id}-title`} className="text-2xl font-bold">
            De {FALL_RISK_ITEMS.length} vragen
          </h2>
          <p className="mt-2">Kies bij elke vraag Ja of Nee. Slaat u een vraag over? Dan telt die als nee.</p>
          <form noValidate onSubmit={(event) => event.preventDefault()} className="mt-4">
            <ol className="space-y-5">
              {FALL_RISK_ITEMS.map((item) => (
                <li key={item.key}>
                  <ChoiceFieldset
                    question={item}
                    label={`Vraag ${item.number} · ja is ${pointsText(item.points)}`}
                    value={answers[item.key]}
                    onChange={(value) => update((current) => ({ ...current, [item.key]: value }))}
                  />
                </li>
              ))}
            </ol>
          </form>
        </div>

        <div className="space-y-4 lg:sticky lg:top-4 print:hidden">
          <div className="card border-4 border-brand" data-risk-result>
            <h2 className="text-2xl font-bold">Uw uitkomst</h2>
            <div role="status" aria-live="polite" className="mt-2">
              {started ? (
                <p className="text-xl font-semibold">
                  {answered === 0 ? 'Beantwoord de vragen. Hier ziet u dan uw punten.' : result.headline}
                </p>
              ) : null}
            </div>
            {started && answered > 0 && answered < FALL_RISK_ITEMS.length ? (
              <p className="mt-2 text-base text-muted">
                U heeft {answered} van de {FALL_RISK_ITEMS.length} vragen beantwoord. De andere tellen als nee.
              </p>
            ) : null}
            {started ? (
              <div className="no-print mt-4 flex flex-wrap gap-3">
                <PrintButton label="Print voor uw huisarts" />
                <CopyLinkButton label="Kopieer link" />
              </div>
            ) : null}
          </div>
        </div>
      </div>

      {started && answered > 0 ? (
        <div className="card mt-6 print:hidden">
          <h2 className="text-2xl font-bold">
            {result.higherRisk ? 'Wat kunt u nu doen?' : 'Zo blijft u stevig op de been'}
          </h2>
          <AdviceList steps={result.steps} />
        </div>
      ) : null}

      <PrintSheet
        title="valcheck (vragenlijst van de CDC)"
        date={today ? formatDate(today) : null}
        rows={fallRiskSheetRows(answers)}
        result={[result.headline, `${SCORING_TEXT.cutOff} ${SCORING_TEXT.max}`]}
        footnotes={[FALL_RISK_CREDIT]}
      />
    </section>
  );
}
