import { SITE_URL } from '@/lib/site/config';

/** The safety advice, on screen and on the printed plan: talk to the GP or physiotherapist first, stop on pain. */
export function PlanSafety() {
  return (
    <aside
      aria-labelledby="veilig-oefenen"
      className="mt-6 rounded-lg border-4 border-danger p-4 print:mt-3 print:border-2 print:p-3"
    >
      <h2 id="veilig-oefenen" className="flex items-center gap-2 text-xl font-bold">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="h-6 w-6 shrink-0" fill="currentColor">
          <path d="M12 2 1 21h22L12 2zm-1 6h2v7h-2zm0 9h2v2h-2z" />
        </svg>
        <span>Veilig oefenen</span>
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          Heeft u osteoporose of een botbreuk gehad? Begin pas als u met uw huisarts of fysiotherapeut heeft overlegd.
        </li>
        <li>Een oefening mag inspannend zijn, maar geen pijn doen. Krijgt u pijn? Stop dan en bespreek het.</li>
        <li>Begin licht en bouw langzaam op. Neem rustdagen tussen de oefendagen.</li>
      </ul>
      <p className="print-only mt-2 text-base">
        Meer uitleg: {SITE_URL.replace(/^https?:\/\//, '')}/artikelen/bewegen-en-oefeningen
      </p>
    </aside>
  );
}
