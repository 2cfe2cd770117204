import type { FractureRiskResult } from '@/lib/fracture-risk/result';
import { DISCUSS_HEADING, asSentence } from '@/lib/fracture-risk/sheet';

type Described = Exclude<FractureRiskResult, { kind: 'leeftijd' }>;

/** Below the live headline: which answers the guideline counts, what else to discuss, and what to do. */
export function FractureRiskResultView({ result }: { result: Described }) {
  return (
    <div className="card mt-6 space-y-4 print:hidden">
      {result.counted.length > 0 ? (
        <div>
          <h2 className="text-2xl font-bold">Wat de richtlijn van de huisarts meetelt</h2>
          <ul className="mt-2 list-disc space-y-2 pl-6">
            {result.counted.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {result.toDiscuss.length > 0 ? (
        <div>
          <h2 className="text-2xl font-bold">{DISCUSS_HEADING[result.kind]}</h2>
          <ul className="mt-2 list-disc space-y-2 pl-6">
            {result.toDiscuss.map((line) => (
              <li key={line}>{asSentence(line)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <h2 className="text-2xl font-bold">Wat kunt u nu doen?</h2>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          {result.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
        <ul className="mt-3 space-y-2">
          {result.links.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="font-semibold text-brand underline underline-offset-2">
                {link.title}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
