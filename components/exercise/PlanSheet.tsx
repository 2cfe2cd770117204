import { doseLine, scheduleLine, type PlanCheck } from '@/lib/exercise/plan';
import { ExerciseDetails } from './ExerciseDetails';
import { TickTable } from './TickTable';

type PlanSheetProps = {
  check: PlanCheck;
  pictures: Record<string, string>;
  headingId: string;
};

/** The plan as it is printed: each exercise with its picture, steps and chosen dose, and a table to tick off. */
export function PlanSheet({ check, pictures, headingId }: PlanSheetProps) {
  const days = check.days.value;
  return (
    <section aria-labelledby={headingId} className="plan-sheet mt-10 print:mt-0">
      <h2 id={headingId} className="text-2xl font-bold print:text-xl">
        Uw oefenschema
      </h2>
      <p className="mt-2 text-xl font-semibold print:text-base">
        {days === null ? 'Vul hierboven in hoeveel dagen per week.' : scheduleLine(days)}
      </p>
      {check.note.value !== '' && !check.note.error ? (
        <div className="mt-3 rounded-lg border-2 border-ink p-3 print:p-2">
          <p className="font-bold">Notitie van uw fysiotherapeut of arts</p>
          <p className="whitespace-pre-line">{check.note.value}</p>
        </div>
      ) : null}
      <ol className="mt-6 space-y-10 print:mt-3 print:space-y-4">
        {check.items.map(({ exercise, amount, sets }, index) => (
          <li
            key={exercise.id}
            className="plan-item break-inside-avoid border-t-2 border-line pt-4 print:border-ink print:pt-2"
          >
            <h3 className="text-xl font-bold print:text-lg">
              {index + 1}. {exercise.name}
            </h3>
            <div className="mt-3 print:mt-1">
              <ExerciseDetails
                exercise={exercise}
                markup={pictures[exercise.id] ?? ''}
                sideBySide
                underPicture={
                  days !== null ? <TickTable days={days} caption={`Afvinken: ${exercise.name.toLowerCase()}`} /> : null
                }
                dose={
                  amount.value !== null && sets.value !== null
                    ? `${doseLine(exercise, amount.value, sets.value)}.`
                    : 'Het aantal klopt nog niet. Pas het hierboven aan.'
                }
              />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
