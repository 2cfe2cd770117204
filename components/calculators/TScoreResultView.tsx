import type { TScoreResult } from '@/lib/tscore-result';
import { scaleModel } from '@/lib/tscore-scale';
import { TScoreScale } from './TScoreScale';

type TScoreResultViewProps = { result: TScoreResult; headingId: string };

/** The result: the category in words first, then which score counted, the scale, the meaning and the next step. */
export function TScoreResultView({ result, headingId }: TScoreResultViewProps) {
  return (
    <article
      aria-labelledby={headingId}
      data-tscore-result={result.categoryId}
      className="card mt-6 border-4 border-brand break-inside-avoid print:border-2 print:p-3">
      <h3 id={headingId} className="text-2xl font-bold leading-tight">
        <span className="block text-lg font-semibold text-muted print:text-ink">Uitkomst:</span> {result.label}
      </h3>
      <p className="mt-2 text-lg">{result.summary}</p>

      {result.notes.length > 0 && (
        <div className="mt-3 rounded-lg border-2 border-ink bg-[#fff4c2] p-3">
          <p className="font-semibold">Let op</p>
          <ul className="list-disc pl-6">
            {result.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}

      {result.perSite.length > 1 && (
        <table className="mt-3 w-full border-collapse text-left">
          <caption className="sr-only">Uw scores per plek</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-1 pr-3">Plek</th>
              <th scope="col" className="py-1 pr-3">{result.scoreName}</th>
              <th scope="col" className="py-1">Groep</th>
            </tr>
          </thead>
          <tbody>
            {result.perSite.map((entry) => (
              <tr key={entry.site} className="border-b border-[#c9d6e3]">
                <td className="py-1 pr-3">{entry.label}</td>
                <td className="py-1 pr-3 whitespace-nowrap">{entry.valueText}</td>
                <td className="py-1">{entry.categoryLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <TScoreScale model={scaleModel(result.evaluation.group, result.value)} />

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

      <h4 className="mt-4 text-xl font-bold">Lees meer</h4>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {result.links.map((link) => (
          <li key={link.href}>
            <a href={link.href} className="font-semibold text-brand underline underline-offset-2 print:text-ink">
              {link.title}
            </a>
          </li>
        ))}
      </ul>

      <p className="mt-4 text-base text-muted print:text-ink">
        Dit hulpmiddel legt uit wat een score betekent. Het stelt geen diagnose. Dat doet uw arts.
      </p>
    </article>
  );
}
