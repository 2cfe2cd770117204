// What people type into the T-score tool, validated with zod and explained in Dutch when it is not a score.
// zod/mini, imported as a namespace: the same validation as zod, tree-shakable, so the browser loads a few kB
// instead of ~30 (a named { z } import defeats tree-shaking).
import * as z from 'zod/mini';
import { formatDutchNumber, normaliseNumberText, parseDutchNumber } from '../format/number';
import {
  GROUPS,
  SCORE_HARD_MAX,
  SCORE_HARD_MIN,
  SCORE_USUAL_MAX,
  SCORE_USUAL_MIN,
  SITES,
  formatScore,
  mapSites,
  roundToOneDecimal,
  scoreNameFor,
  type Group,
  type ScoreName,
  type Scores,
  type Site,
  type TScoreInput,
} from './classify';

/** Longer than this is never one score; it keeps pasted letters and odd links from reaching the parser. */
export const MAX_SCORE_TEXT_LENGTH = 40;
const EXAMPLE = '-2,5';

const NUMBER_TOKEN = /\d+(?:[.,]\d+)?/g;

const messages = {
  empty: (name: ScoreName) =>
    `Vul uw ${name} in. Typ het getal zoals het op uw uitslag staat, bijvoorbeeld ${EXAMPLE}.`,
  twoNumbers: () =>
    `Typ één getal in dit vak, bijvoorbeeld ${EXAMPLE}. Staan er meer scores op uw uitslag? Gebruik dan de andere vakken.`,
  notANumber: (name: ScoreName) =>
    `Dit is geen getal. Typ alleen het getal van uw ${name}, met het min-teken ervoor als dat op uw uitslag staat. Bijvoorbeeld: ${EXAMPLE}.`,
  outOfRange: (name: ScoreName, typed: number) => {
    const range = `Deze uitleg werkt met scores van ${formatDutchNumber(SCORE_HARD_MIN)} tot en met +${formatDutchNumber(SCORE_HARD_MAX)}.`;
    const withComma = typed / 10;
    const hint =
      Number.isInteger(typed) && withComma >= SCORE_USUAL_MIN && withComma <= SCORE_USUAL_MAX
        ? ` Bedoelt u ${formatScore(withComma)}? Typ dan ook de komma.`
        : ` Kijk nog eens op uw uitslag en typ het getal opnieuw, bijvoorbeeld ${EXAMPLE}.`;
    return `Dit getal is te groot of te klein. ${range}${hint}`;
  },
  unusual: (name: ScoreName, value: number) =>
    `Controleer uw uitslag: een ${name} van ${formatScore(value)} komt weinig voor. Klopt het getal? Dan kunt u de uitleg gewoon lezen.`,
  noneFilled: (name: ScoreName) =>
    `Vul ten minste één ${name} in. Typ het getal zoals het op uw uitslag staat, bijvoorbeeld ${EXAMPLE}.`,
} as const;

/** The zod schema for one typed score: text in, the number as typed out, with a Dutch message for every failure. */
export function scoreTextSchema(name: ScoreName) {
  return z.pipe(
    z.pipe(
      z.string(),
      z.transform((raw: string, ctx) => {
        const text = normaliseNumberText(raw);
        if (text === '') {
          ctx.issues.push({ code: 'custom', message: messages.empty(name), input: raw });
          return z.NEVER;
        }
        const value = text.length > MAX_SCORE_TEXT_LENGTH ? null : parseDutchNumber(text);
        if (value === null) {
          const tokens = text.match(NUMBER_TOKEN) ?? [];
          const message = tokens.length > 1 ? messages.twoNumbers() : messages.notANumber(name);
          ctx.issues.push({ code: 'custom', message, input: raw });
          return z.NEVER;
        }
        return value;
      }),
    ),
    z
      .number()
      .check(
        z.gte(SCORE_HARD_MIN, { error: (issue) => messages.outOfRange(name, Number(issue.input)) }),
        z.lte(SCORE_HARD_MAX, { error: (issue) => messages.outOfRange(name, Number(issue.input)) }),
      ),
  );
}

export const groupSchema = z.enum(GROUPS);

export type ScoreParse =
  | { status: 'empty'; message: string }
  | { status: 'invalid'; message: string }
  /** typed: the number as typed; value: rounded to one decimal; warning: the soft "controleer uw uitslag". */
  | { status: 'valid'; typed: number; value: number; wasRounded: boolean; warning: string | null };

/** Parses one field. Never throws; every failure carries a Dutch message that says what to type instead. */
export function parseScoreText(text: string, name: ScoreName = 'T-score'): ScoreParse {
  const parsed = scoreTextSchema(name).safeParse(text, { error: () => messages.notANumber(name) });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? messages.notANumber(name);
    return normaliseNumberText(text) === '' ? { status: 'empty', message } : { status: 'invalid', message };
  }
  const typed = parsed.data;
  const value = roundToOneDecimal(typed);
  const unusual = value < SCORE_USUAL_MIN || value > SCORE_USUAL_MAX;
  return {
    status: 'valid',
    typed,
    value,
    wasRounded: value !== typed,
    warning: unusual ? messages.unusual(name, value) : null,
  };
}

/** What the form holds: the texts exactly as typed (they stay in the fields), the group and the fracture answer. */
export type TScoreFormValues = { group: Group; fracture: boolean; texts: Record<Site, string> };

export const EMPTY_FORM: TScoreFormValues = {
  group: 't',
  fracture: false,
  texts: { wervelkolom: '', heup: '', dijbeenhals: '' },
};

export type FieldState = { error: string | null; warning: string | null; parse: ScoreParse };
export type FormCheck = { fields: Record<Site, FieldState>; input: TScoreInput | null };

/**
 * Checks the whole form. Empty sites are fine as long as one site has a score; otherwise the first field gets the
 * message. input is null while any field has an error.
 */
export function checkTScoreForm(values: TScoreFormValues): FormCheck {
  const group = z.catch(groupSchema, 't').parse(values.group);
  const name = scoreNameFor(group);
  const parses = mapSites((site) => parseScoreText(values.texts[site] ?? '', name));
  const noneFilled = SITES.every((site) => parses[site].status === 'empty');
  const fields = mapSites((site, index): FieldState => {
    const parse = parses[site];
    const error =
      parse.status === 'invalid' ? parse.message : noneFilled && index === 0 ? messages.noneFilled(name) : null;
    return { error, warning: parse.status === 'valid' ? parse.warning : null, parse };
  });
  const valid = SITES.every((site) => fields[site].error === null);
  const scores: Scores = {};
  for (const site of SITES) {
    const parse = parses[site];
    if (parse.status === 'valid') scores[site] = parse.typed;
  }
  return { fields, input: valid ? { group, fracture: values.fracture === true, scores } : null };
}
