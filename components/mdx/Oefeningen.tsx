import Link from 'next/link';
import { ExerciseDetails } from '@/components/exercise/ExerciseDetails';
import { exercisesAt } from '@/lib/exercise/exercises';
import { pictureMarkup } from '@/lib/exercise/picture-markup';
import type { ExerciseLevel } from '@/lib/exercise/schema';
import { SectionHeading } from './SectionHeading';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The id rehype-slug gave these headings while they were markdown: lower case, punctuation dropped, spaces to hyphens. */
const anchorOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

/**
 * `<Oefeningen niveau="beginner" />`: the exercises of one level, from lib/exercise (the plan uses the same data).
 * Each gets the heading the article had ("Oefening 1: opdrukken tegen de muur") with the same anchor, so links
 * sent before the exercises became data still land.
 */
export function Oefeningen({ niveau }: { niveau: ExerciseLevel }) {
  return (
    <>
      {exercisesAt(niveau).map((exercise) => {
        const title = `Oefening ${exercise.number}: ${lowerFirst(exercise.name)}`;
        return (
          <section key={exercise.id} aria-labelledby={anchorOf(title)} className="exercise">
            <SectionHeading level={3} id={anchorOf(title)}>
              {title}
            </SectionHeading>
            <div className="not-prose text-lg leading-relaxed">
              <ExerciseDetails
                exercise={exercise}
                markup={pictureMarkup(exercise.picture.src)}
                dose={exercise.dose.text}
              />
            </div>
          </section>
        );
      })}
      <p className="no-print">
        Wilt u een schema om af te vinken? Kies uw oefeningen in het{' '}
        <Link href="/hulpmiddelen/oefenschema">oefenschema</Link> en print het.
      </p>
    </>
  );
}
