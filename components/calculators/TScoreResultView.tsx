import type { TScoreResult } from '@/lib/tscore/result';
import { scaleModel } from '@/lib/tscore/scale';
import { TScoreScale } from './TScoreScale';

type TScoreResultViewProps = { result: TScoreResult; headingId: string };

/** The result: the category in words first, then which score counted, the scale, the meaning and the next step. */
export function TScoreResultView({ result, headingId }: TScoreResultViewProps) {
  return (
    <article
      aria-labelledby={headingId}
      data-tscore-result={result.categoryId}
      className="card mt-6 border-4 border-brand break-inside-avoid print:border-2 print:p-3"
    >
      <h3 id={headingId} className="text-2xl font-bold leading-tight">
        <span className="block text-lg font-semibold text-muted print:text-ink">Uitkomst:</span> {result.label}
      </h3>
      <p className="mt-2 text-lg">{result.summary}</p>

      {result.notes.length > 0 && (
        <div className="mt-3 rounded-lg border-2 border-ink bg-highlight p-3">
          <p className="font-semibold">Let op</p>
          <ul className="list-disc pl-6">
            {result.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}

      {result.perSite.length > 1 && (
        <>
          <p className="mt-3 font-semibold">Uw scores per plek:</p>
          <ul className="mt-1 list-disc pl-6">
            {result.perSite.map((entry) => (
              <li key={entry.site}>
                {entry.label}: {entry.detail}
              </li>
            ))}
          </ul>
        </>
      )}

      {/* Narrow (phone, article column): the picture right under the summary. Wide and on paper: text left, picture right. */}
      <div className="@xl:grid @xl:grid-cols-[minmax(0,1fr)_18rem] @xl:gap-x-6 print:grid print:grid-cols-[minmax(0,1fr)_6cm] print:gap-x-4">
        <div className="@xl:col-start-2 @xl:row-start-1 print:col-start-2 print:row-start-1">
          <TScoreScale model={scaleModel(result.evaluation.group, result.value)} />
        </div>
        <div className="@xl:col-start-1 @xl:row-start-1 print:col-start-1 print:row-start-1">
          <h4 className="mt-4 text-xl font-bold">Wat betekent dit?</h4>
          {result.explanation.map((paragraph) => (
            <p key={paragraph} className="mt-2">
              {paragraph}
            </p>
          ))}

          <h4 className="mt-4 text-xl font-bold">Wat kunt u nu doen?</h4>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {result.nextSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>

          {/* Links cannot be followed on paper; the printed page keeps to the result. */}
          <h4 className="mt-4 text-xl font-bold print:hidden">Lees meer</h4>
          <ul className="mt-2 list-disc space-y-1 pl-6 print:hidden">
            {result.links.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="font-semibold text-brand underline underline-offset-2 print:text-ink">
                  {link.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>

      <p className="mt-4 text-base text-muted print:text-ink">
        Dit hulpmiddel legt uit wat een score betekent. Het stelt geen diagnose. Dat doet uw arts.
      </p>
    </article>
  );
}
