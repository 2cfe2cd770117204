import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MDX_COMPONENT_RULES } from '@/lib/content/mdx-rules';
import { AVOID_PAIRS, EXERCISES, exercisesAt } from '@/lib/exercise/exercises';
import { pictureMarkup } from '@/lib/exercise/picture-markup';
import { drawPictures } from '../../scripts/draw-exercise-pictures';

const fileOf = (src: string) => join(process.cwd(), 'public', ...src.split('/').filter(Boolean));

describe('the exercise library', () => {
  test('holds the eight exercises of the article, four per level, numbered 1 to 8', () => {
    expect(exercisesAt('beginner').map((e) => e.number)).toEqual([1, 2, 3, 4]);
    expect(exercisesAt('gevorderd').map((e) => e.number)).toEqual([5, 6, 7, 8]);
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
  });

  test.each(EXERCISES.map((e) => [e.id, e] as const))(
    '%s has steps, a dose, what it loads and alt text',
    (_, exercise) => {
      expect(exercise.steps.length).toBeGreaterThanOrEqual(2);
      expect(exercise.dose.min).toBeGreaterThan(0);
      expect(exercise.dose.text).toContain(String(exercise.dose.min));
      expect(exercise.loads).not.toBe('');
      expect(exercise.picture.alt).toMatch(/^Begin: .+ Eind: /);
    },
  );

  test.each([...EXERCISES, ...AVOID_PAIRS].map((item) => [item.picture.src] as const))(
    '%s exists and draws in currentColor only',
    (src) => {
      expect(existsSync(fileOf(src))).toBe(true);
      const svg = readFileSync(fileOf(src), 'utf8');
      // Colour comes from the page (dark mode, forced colours): no fixed colour inside the drawing.
      const drawing = pictureMarkup(src);
      expect(drawing).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
      expect(drawing).not.toMatch(/<title|<script|\son\w+=/i);
      expect(svg).toContain('viewBox="0 0 660 330"');
    },
  );

  test('exercise pictures say "Begin" and "Eind" in text; the pairs say "Zo niet" and "Zo wel"', () => {
    for (const exercise of EXERCISES) expect(pictureMarkup(exercise.picture.src)).toMatch(/>Begin<[\s\S]*>Eind</);
    for (const pair of AVOID_PAIRS) expect(pictureMarkup(pair.picture.src)).toMatch(/>Zo niet<[\s\S]*>Zo wel</);
  });

  test('the files in public/ are what the drawing script makes (edit the script, then run it)', () => {
    const drawn = drawPictures();
    expect([...drawn.keys()].sort()).toEqual(
      [...EXERCISES, ...AVOID_PAIRS].map((item) => item.picture.src.split('/').pop()).sort(),
    );
    for (const [file, text] of drawn)
      expect(readFileSync(fileOf(`/afbeeldingen/oefeningen/${file}`), 'utf8')).toBe(text);
  });

  test('the content check allows exactly the "zo niet / zo wel" pairs that exist', () => {
    expect([...MDX_COMPONENT_RULES.ZoNietZoWel.values.id]).toEqual(AVOID_PAIRS.map((pair) => pair.id));
  });
});
