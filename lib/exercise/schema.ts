import * as z from 'zod/mini';

// These schemas also run in the browser (the plan's island), so they use zod/mini, as the tools do (full zod put
// about 85 kB gzip in front of every tool page: docs/performance.md). The site's Content-Security-Policy forbids
// eval: zod's faster compiled parsers would first probe `new Function`, which the browser reports as a violation.
z.config({ jitless: true });

const text = z.string().check(z.trim(), z.minLength(1));
const kebab = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes'));

/** How much of an exercise the article advises: a number of times, or a time to hold a position. */
export const doseSchema = z.strictObject({
  /** "herhalingen" counts movements, "seconden" counts the seconds a position is held. */
  unit: z.enum(['herhalingen', 'seconden']),
  /** The article's lower end ("10 tot 15 keer" → 10); also the plan's starting value. */
  min: z.int().check(z.positive()),
  /** The article's upper end; equal to min when the article names one number. */
  max: z.int().check(z.positive()),
  /** Said after the number, e.g. "per voet"; default none. */
  per: z.optional(z.string()),
  /** The article's own sentence about the dose, shown with the steps. */
  text,
});

/** One picture with start and end position side by side, in public/afbeeldingen/oefeningen/. */
export const pictureSchema = z.strictObject({
  /** Web path of the SVG, from public/. */
  src: z.string().check(z.regex(/^\/afbeeldingen\/oefeningen\/[a-z0-9-]+\.svg$/)),
  /** What the picture shows: the movement from start to end, for someone who cannot see it. */
  alt: z.string().check(z.trim(), z.minLength(40)),
});

export const exerciseSchema = z
  .strictObject({
    /** Stable id: the plan's links use it, so never rename one. */
    id: kebab,
    /** Number in the article ("Oefening 1"). */
    number: z.int().check(z.positive()),
    /** The Dutch name as the article's heading says it, without "Oefening n:". */
    name: text,
    level: z.enum(['beginner', 'gevorderd']),
    /** The steps in order, one short sentence or two each. */
    steps: z.array(text).check(z.minLength(2), z.maxLength(6)),
    dose: doseSchema,
    /** What the exercise loads, as a sentence from the article. */
    loads: text,
    /** Warnings that belong to this exercise; default none. */
    cautions: z._default(z.array(text), []),
    picture: pictureSchema,
  })
  .check(
    z.refine((exercise) => exercise.dose.max >= exercise.dose.min, {
      message: 'dose.max is kleiner dan dose.min',
      path: ['dose'],
    }),
  );

/** A movement to avoid, drawn next to the safer way to do the same thing. */
export const avoidPairSchema = z.strictObject({
  id: kebab,
  /** Short title, e.g. "Tillen". */
  title: text,
  /** What not to do, in one sentence. */
  dont: text,
  /** The safer way, in one or two sentences. */
  doInstead: text,
  picture: pictureSchema,
});

export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseLevel = Exercise['level'];
export type Dose = z.infer<typeof doseSchema>;
export type AvoidPair = z.infer<typeof avoidPairSchema>;
