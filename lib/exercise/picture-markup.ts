// Server and build only (node:fs): reads an exercise picture so a page can draw it inline. Inline, its
// currentColor follows the page (dark mode, forced colours), which an <img> cannot do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, string>();
const ROOT_TAG = /^[\s\S]*?<svg\b[^>]*>/;

/** The drawing inside the picture's <svg> (without its own <title>), for <ExercisePicture>. */
export function pictureMarkup(src: string): string {
  const cached = cache.get(src);
  if (cached !== undefined) return cached;
  const file = readFileSync(join(process.cwd(), 'public', ...src.split('/').filter(Boolean)), 'utf8');
  const inner = file
    .replace(ROOT_TAG, '')
    .replace(/<\/svg>\s*$/, '')
    .replace(/<title\b[^>]*>[\s\S]*?<\/title>/, '')
    .trim();
  cache.set(src, inner);
  return inner;
}

/** The viewBox every exercise picture shares (scripts/draw-exercise-pictures.ts). */
export const PICTURE_VIEW_BOX = '0 0 660 330';
