export type SheetRow = { number: number; question: string; answer: string };

type PrintSheetProps = {
  title: string;
  /** "1 december 2026", or null before the page knows the date. */
  date: string | null;
  rows: readonly SheetRow[];
  /** The result in words, one paragraph each. */
  result: readonly string[];
  /** Extra lines under the result, such as the source of the questions. */
  footnotes?: readonly string[];
};

/**
 * "Voor uw huisarts": on paper only (print-only), one A4 page with the date, every question and the answer given,
 * and the result in words. The page adds its address and QR code below it (components/print/PrintAddress.tsx).
 */
export function PrintSheet({ title, date, rows, result, footnotes = [] }: PrintSheetProps) {
  return (
    <section className="print-only risk-sheet" data-print-sheet data-pagefind-ignore>
      <h2 className="text-xl font-bold">Voor de huisarts: {title}</h2>
      <p className="mt-1">{date ? `Ingevuld op ${date}. ` : ''}Een vraag zonder antwoord telt als nee.</p>
      <table className="mt-2 w-full border-collapse text-left">
        <thead>
          <tr>
            <th scope="col" className="w-8 border-b-2 border-ink py-1 pr-2">
              Nr.
            </th>
            <th scope="col" className="border-b-2 border-ink py-1 pr-2">
              Vraag
            </th>
            <th scope="col" className="border-b-2 border-ink py-1">
              Antwoord
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.number} className="border-b border-[#888]">
              <td className="py-1 pr-2 align-top">{row.number}</td>
              <td className="py-1 pr-2 align-top">{row.question}</td>
              <td className="py-1 align-top font-semibold">{row.answer}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="risk-sheet-result mt-3 border-2 border-ink p-2">
        <h3 className="font-bold">Uitkomst</h3>
        {result.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {footnotes.map((line) => (
        <p key={line} className="mt-2 text-sm">
          {line}
        </p>
      ))}
    </section>
  );
}
