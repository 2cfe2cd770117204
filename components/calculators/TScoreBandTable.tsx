import type { CategoryId, ScoreName } from '@/lib/tscore/classify';
import { CATEGORY_TEXT } from '@/lib/tscore/text';

type TScoreBandTableProps = { caption: string; scoreName: ScoreName; rows: readonly CategoryId[] };

/** The groups and their score ranges in words; server-rendered, so it works without JavaScript. */
export function TScoreBandTable({ caption, scoreName, rows }: TScoreBandTableProps) {
  return (
    <table className="mt-4 w-full border-collapse text-left [overflow-wrap:anywhere]">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-2 pr-4">
            Groep
          </th>
          <th scope="col" className="py-2">
            {scoreName}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((id) => (
          <tr key={id} className="border-b border-line align-top">
            <th scope="row" className="py-2 pr-4 font-semibold">
              {CATEGORY_TEXT[id].label}
            </th>
            <td className="py-2">{CATEGORY_TEXT[id].range}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
