const WEEKS = [1, 2, 3, 4] as const;

/** Four weeks, one box per training day: the reader ticks each session off on paper. */
export function TickTable({ days, caption }: { days: number; caption: string }) {
  const sessions = Array.from({ length: days }, (_, index) => index + 1);
  return (
    <table className="tick-table mt-3 border-collapse text-base">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="border border-ink px-2 py-1 text-left">
            Week
          </th>
          {sessions.map((session) => (
            <th key={session} scope="col" className="border border-ink px-2 py-1 font-normal">
              Keer {session}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {WEEKS.map((week) => (
          <tr key={week}>
            <th scope="row" className="border border-ink px-2 py-1 text-left">
              Week {week}
            </th>
            {sessions.map((session) => (
              <td key={session} className="h-9 min-w-12 border border-ink">
                <span className="sr-only">
                  Week {week}, keer {session}: nog niet afgevinkt
                </span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
