import { exercisesAt } from '@/lib/exercise/exercises';
import type { ExerciseLevel } from '@/lib/exercise/schema';
import { ExercisePicture } from './ExercisePicture';

const LEVELS: { level: ExerciseLevel; title: string }[] = [
  { level: 'beginner', title: 'Voor beginners' },
  { level: 'gevorderd', title: 'Voor gevorderden, met gewichten' },
];

type PlanPickerProps = {
  pictures: Record<string, string>;
  chosen: ReadonlySet<string>;
  onToggle: (exerciseId: string, chosen: boolean) => void;
};

/** Step 1: tick the exercises for the plan, each with its picture so the reader recognises it. */
export function PlanPicker({ pictures, chosen, onToggle }: PlanPickerProps) {
  return (
    <fieldset className="card">
      <legend className="px-1 text-2xl font-bold">1. Kies de oefeningen</legend>
      {LEVELS.map(({ level, title }) => (
        <div key={level} className="mt-4">
          <h3 className="text-xl font-bold">{title}</h3>
          <ul className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
            {exercisesAt(level).map((exercise) => (
              <li key={exercise.id}>
                <label className="flex h-full cursor-pointer flex-col gap-2 rounded-lg border-2 border-line p-3 has-[:checked]:border-brand has-[:checked]:bg-brand-light">
                  <span className="flex items-start gap-3">
                    <input
                      type="checkbox"
                      className="mt-1 h-6 w-6 shrink-0 accent-brand"
                      checked={chosen.has(exercise.id)}
                      onChange={(event) => onToggle(exercise.id, event.target.checked)}
                    />
                    <span>
                      <span className="block font-semibold">{exercise.name}</span>
                      <span className="block text-base text-muted">{exercise.dose.text}</span>
                    </span>
                  </span>
                  <ExercisePicture
                    markup={pictures[exercise.id] ?? ''}
                    alt={exercise.picture.alt}
                    className="max-w-[16rem]"
                    decorative
                  />
                </label>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </fieldset>
  );
}
