import type { Exercise } from '@/lib/exercise/schema';
import { ExercisePicture } from './ExercisePicture';

type ExerciseDetailsProps = {
  exercise: Exercise;
  markup: string;
  /** The dose line: the article's own sentence in the article, the chosen dose in a plan. */
  dose: string;
};

/** One exercise as a reader follows it: the picture, the numbered steps, how often, what it loads, what to watch. */
export function ExerciseDetails({ exercise, markup, dose }: ExerciseDetailsProps) {
  return (
    <div className="exercise-details break-inside-avoid">
      <figure className="max-w-[36rem] rounded-lg border-2 border-[#c9d6e3] p-2 print:max-w-[120mm] print:border print:p-1">
        <ExercisePicture markup={markup} alt={exercise.picture.alt} />
      </figure>
      <ol className="mt-4 list-decimal space-y-1 pl-7 marker:font-bold">
        {exercise.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="mt-3">
        <strong>Hoe vaak:</strong> {dose}
      </p>
      <p className="mt-1">
        <strong>Goed voor:</strong> {exercise.loads}
      </p>
      {exercise.cautions.length > 0 ? (
        <div className="mt-3 border-l-8 border-double border-[#8a5a00] pl-3">
          <p className="font-bold">Let op</p>
          <ul className="list-disc space-y-1 pl-5">
            {exercise.cautions.map((caution) => (
              <li key={caution}>{caution}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
