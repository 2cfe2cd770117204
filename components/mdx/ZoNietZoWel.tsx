import { ExercisePicture } from '@/components/exercise/ExercisePicture';
import { findAvoidPair } from '@/lib/exercise/exercises';
import { pictureMarkup } from '@/lib/exercise/picture-markup';

const CROSS = 'M7 7l10 10M17 7 7 17';
const CHECK = 'M5 12.5l4.5 4.5L19 7.5';

function Mark({ path }: { path: string }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      className="mt-1 h-6 w-6 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="3"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <circle cx="12" cy="12" r="10.5" strokeWidth="2" />
      <path d={path} />
    </svg>
  );
}

/**
 * `<ZoNietZoWel id="tillen-met-ronde-rug" />`: a movement to avoid beside the safer way, as a picture and in words.
 * Cross and check are shapes with the words "Zo niet" and "Zo wel" beside them: never colour alone.
 */
export function ZoNietZoWel({ id }: { id: string }) {
  const pair = findAvoidPair(id);
  // The content check only lets known ids through; this keeps a page up if the data and an article part ways.
  if (!pair) return null;
  return (
    <figure className="not-prose my-8 break-inside-avoid text-lg leading-relaxed">
      <p className="mb-2 font-bold">{pair.title}</p>
      <div className="max-w-[36rem] rounded-lg border-2 border-line p-2 print:max-w-[110mm] print:border print:border-ink print:p-1">
        <ExercisePicture markup={pictureMarkup(pair.picture.src)} alt={pair.picture.alt} />
      </div>
      <figcaption className="mt-3 space-y-2">
        <p className="flex gap-2">
          <Mark path={CROSS} />
          <span>
            <strong>Zo niet:</strong> {pair.dont}
          </span>
        </p>
        <p className="flex gap-2">
          <Mark path={CHECK} />
          <span>
            <strong>Zo wel:</strong> {pair.doInstead}
          </span>
        </p>
      </figcaption>
    </figure>
  );
}
