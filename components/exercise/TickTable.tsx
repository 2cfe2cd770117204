const WEEKS = [1, 2, 3, 4] as const;

/** Four weeks, one box per training day: the reader ticks each session off on paper. */
export function TickTable({ days, caption }: { days: number; caption: string }) {
  const sessions = Array.from({ length: days }, (_, index) => index + 1);
  return (
    <table className="tick-table mt-3 w-full table-fixed border-collapse text-base print:mt-2 print:text-[9.5pt]">
      <caption className="mb-1 text-left font-semibold print:mb-0.5">
        {caption}
        <span className="block font-normal">
          Elke week {days} keer. Zet een kruisje in een vakje als u de oefening heeft gedaan.
        </span>
      </caption>
      <thead>
        <tr>
          <th scope="col" className="w-[5.5em] border border-ink px-1 py-0.5 text-left">
            Week
          </th>
          {sessions.map((session) => (
            <th key={session} scope="col" className="border border-ink px-0.5 py-0.5 font-normal">
              <span className="sr-only">Keer </span>
              {session}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {WEEKS.map((week) => (
          <tr key={week}>
            <th scope="row" className="border border-ink px-1 py-0.5 text-left">
              Week {week}
            </th>
            {sessions.map((session) => (
              <td key={session} className="h-9 border border-ink print:h-[7mm]">
                <span className="sr-only">
                  Week {week}, keer {session}: nog leeg
                </span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
