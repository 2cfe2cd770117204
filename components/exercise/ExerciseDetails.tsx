import type { ReactNode } from 'react';
import type { Exercise } from '@/lib/exercise/schema';
import { ExercisePicture } from './ExercisePicture';

type ExerciseDetailsProps = {
  exercise: Exercise;
  markup: string;
  /** The dose line: the article's own sentence in the article, the chosen dose in a plan. */
  dose: string;
  /** Picture beside the text (a plan, on paper and wider screens) rather than above it (the article). */
  sideBySide?: boolean;
  /** Shown under the picture (the plan's table to tick off). */
  underPicture?: ReactNode;
};

const LAYOUT = {
  stacked: { box: '', figure: 'max-w-[36rem] print:max-w-[110mm]', text: 'mt-4' },
  sideBySide: {
    box: 'sm:grid sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:gap-6 print:grid print:grid-cols-[82mm_1fr] print:gap-5',
    figure: 'max-w-[36rem] self-start',
    text: 'mt-4 sm:mt-0 print:mt-0',
  },
} as const;

/** One exercise as a reader follows it: the picture, the numbered steps, how often, what it loads, what to watch. */
export function ExerciseDetails({ exercise, markup, dose, sideBySide = false, underPicture }: ExerciseDetailsProps) {
  const layout = LAYOUT[sideBySide ? 'sideBySide' : 'stacked'];
  return (
    <div className={`exercise-details break-inside-avoid ${layout.box}`}>
      <div className={layout.figure}>
        <figure className="rounded-lg border-2 border-[#c9d6e3] p-2 print:border print:border-ink print:p-1">
          <ExercisePicture markup={markup} alt={exercise.picture.alt} />
        </figure>
        {underPicture}
      </div>
      <div className={layout.text}>
        <ol className="list-decimal space-y-1 pl-7 marker:font-bold print:space-y-0">
          {exercise.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p className="mt-3 print:mt-1">
          <strong>Hoe vaak:</strong> {dose}
        </p>
        <p className="mt-1">
          <strong>Goed voor:</strong> {exercise.loads}
        </p>
        {exercise.cautions.length > 0 ? (
          <div className="mt-3 border-l-8 border-double border-[#8a5a00] pl-3 print:mt-1 print:border-ink">
            <p className="font-bold">Let op</p>
            <ul className="list-disc space-y-1 pl-5 print:space-y-0">
              {exercise.cautions.map((caution) => (
                <li key={caution}>{caution}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </div>
  );
}
