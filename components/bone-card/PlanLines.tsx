import type { MedicineView } from '@/lib/bone-card/view';

/** The computed dates of one medicine in words, with the late notice and the denosumab warning set apart. */
export function PlanLines({ view, withNotes = false }: { view: MedicineView; withNotes?: boolean }) {
  const { text } = view;
  return (
    <div className="space-y-1">
      {text.next ? <p className="font-semibold">{text.next}</p> : null}
      {text.late ? (
        <p className="rounded-lg border-4 border-double border-error p-2 font-semibold print:border-2">
          <span aria-hidden="true">⚠ </span>Te laat: {text.late}
        </p>
      ) : null}
      {text.courseEnd ? <p>{text.courseEnd}</p> : null}
      {text.reevaluation ? <p>{text.reevaluation}</p> : null}
      {text.warning ? (
        <p className="rounded-lg border-2 border-ink bg-[#fff4c2] p-2 print:bg-white">
          <strong>Let op:</strong> {text.warning}
        </p>
      ) : null}
      {withNotes
        ? text.notes.map((note) => (
            <p key={note} className="text-muted print:text-ink">
              {note}
            </p>
          ))
        : null}
    </div>
  );
}
