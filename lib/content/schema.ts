import { z } from 'zod';

const dutch = z.locales.nl();

/**
 * Parses with zod's own messages (for the cases the schemas below do not word themselves) in Dutch. Passed per parse,
 * not set globally with z.config, so the language never depends on which module happened to be imported first.
 */
export function parseInDutch<T extends z.ZodType>(schema: T, data: unknown) {
  return schema.safeParse(data, { error: dutch.localeError });
}

/** "ontbreekt" when a field is absent, otherwise what kind of value it needs. */
function needs(field: string, kind: string) {
  return {
    error: (issue: { input?: unknown }) => (issue.input === undefined ? `${field} ontbreekt` : `${field} moet ${kind} zijn`),
  };
}

/** The topics of the library, in the order the article index shows them, with their Dutch headings. */
export const TOPICS = {
  begrijpen: 'Osteoporose begrijpen',
  onderzoek: 'Onderzoek en uitslag',
  'zelf-doen': 'Zelf iets doen: voeding, bewegen en vallen voorkomen',
  behandeling: 'Behandeling met medicijnen',
  'leven-met': 'Leven met osteoporose',
} as const;

export type Topic = keyof typeof TOPICS;
export const TOPIC_IDS = Object.keys(TOPICS) as [Topic, ...Topic[]];

const DESCRIPTION_MAX = 160;

/** YAML turns 2026-11-22 into a Date; editors may also quote it. Both become the string "2026-11-22". */
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-11-22' }),
);

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A source's id in content/bronnen.yml, as articles cite it. */
const sourceId = z
  .string(needs('een bron in sources', 'een id uit content/bronnen.yml'))
  .regex(KEBAB_CASE, { error: 'een bron in sources moet een id uit content/bronnen.yml zijn, bijvoorbeeld nhg-fractuurpreventie' });

/** The frontmatter of one article. Strict: a misspelt or unknown key is an error, so no field is silently lost. */
export const articleFrontmatterSchema = z.strictObject({
  /** Shown as the page's h1 and <title>. 5–80 characters. */
  title: z
    .string(needs('titel (title)', 'tekst'))
    .trim()
    .min(5, { error: 'titel (title) is te kort: gebruik minstens 5 tekens' })
    .max(80, { error: 'titel (title) is te lang: gebruik hoogstens 80 tekens' }),
  /** For search results and link previews. At most 160 characters. */
  description: z
    .string(needs('omschrijving (description)', 'tekst'))
    .trim()
    .min(20, { error: 'omschrijving (description) is te kort: gebruik minstens 20 tekens' })
    .max(DESCRIPTION_MAX, { error: `omschrijving (description) is te lang: gebruik hoogstens ${DESCRIPTION_MAX} tekens` }),
  /** The 2–4 key points shown as "In het kort". */
  summary: z
    .array(
      z.string(needs('een kernpunt in summary', 'één regel tekst (zet aanhalingstekens om een zin met een dubbele punt)')).trim().min(5, { error: 'een kernpunt in summary is te kort' }),
      needs('summary', 'een lijst van 2 tot 4 kernpunten'),
    )
    .min(2, { error: 'summary heeft minstens 2 kernpunten nodig' })
    .max(4, { error: 'summary mag hoogstens 4 kernpunten hebben' }),
  /** One of the fixed topics; it groups and orders the article index. */
  topic: z.enum(TOPIC_IDS, { error: `onderwerp (topic) moet een van deze zijn: ${TOPIC_IDS.join(', ')}` }),
  /** Position in the whole library (1 = first); also sets "vorige" and "volgende". */
  order: z.number(needs('volgorde (order)', 'een heel getal')).int().min(1, { error: 'volgorde (order) begint bij 1' }),
  /** Date of the last change to the content. */
  updated: isoDate,
  /** Date the medical content was last checked; shown as "Laatst gecontroleerd op". */
  reviewed: isoDate,
  /** Ids of the sources in content/bronnen.yml that back the article. At least one; the loader checks each id. */
  sources: z.array(sourceId, needs('bronnen (sources)', 'een lijst van ids uit content/bronnen.yml')).min(1, { error: 'noem minstens één bron (sources)' }),
  /** Drafts are shown by `npm run dev` but not built for production. Default: false. */
  draft: z.boolean({ error: 'draft moet true of false zijn' }).default(false),
});

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

/** One glossary entry of content/woordenlijst.yml. */
export const glossaryEntrySchema = z.strictObject({
  /** Anchor on /woordenlijst and the id used by <Term id="...">; kebab-case. */
  id: z.string().regex(KEBAB_CASE, { error: 'id moet kebab-case zijn, bijvoorbeeld t-score' }),
  /** The word as a patient sees it. */
  term: z.string().trim().min(2),
  /** One to three plain sentences. */
  definition: z.string().trim().min(10, { error: 'de uitleg (definition) is te kort' }),
  /** Optional slug of the article that says more. */
  article: z.string().optional(),
});

export const glossarySchema = z.array(glossaryEntrySchema).min(1);
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/**
 * The kinds of source, with the Dutch label an editor sees. Every kind except `source-material` is shown to patients
 * under "Bronnen"; source material (the leaflets the texts were drawn from) is credited on /over instead.
 */
export const SOURCE_KINDS = {
  guideline: 'richtlijn (NHG, NIV, KNGF, Farmacotherapeutisch Kompas)',
  government: 'overheid of kennisinstituut (Gezondheidsraad, RIVM, Voedingscentrum, Zorginstituut, VeiligheidNL)',
  'professional-body': 'beroepsvereniging of internationale vakorganisatie (NHG, NVR, KNGF, IOF)',
  'patient-information': 'patiënteninformatie van een erkende organisatie (ziekenhuis, apotheek, Thuisarts)',
  research: 'wetenschappelijk artikel in een vaktijdschrift',
  'source-material': 'bronmateriaal waarop de teksten gebaseerd zijn; niet getoond bij een artikel',
} as const;

export type SourceKind = keyof typeof SOURCE_KINDS;
const SOURCE_KIND_IDS = Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]];

/** One entry of content/bronnen.yml. Strict, and every field but `url` is required, so a forgotten field is an error. */
export const sourceEntrySchema = z.strictObject({
  /** How articles cite the source in `sources:`; kebab-case, unique. */
  id: z.string(needs('id', 'tekst')).regex(KEBAB_CASE, { error: 'id moet kebab-case zijn, bijvoorbeeld nhg-fractuurpreventie' }),
  /** Title of the document or web page, as the source gives it. */
  title: z.string(needs('titel (title)', 'tekst')).trim().min(3, { error: 'titel (title) is te kort' }),
  /** The organisation that published it (not a person). */
  publisher: z.string(needs('uitgever (publisher)', 'tekst')).trim().min(2, { error: 'uitgever (publisher) is te kort' }),
  /** Year of publication or of the version used; `null` when the source gives none (shown as "z.j."). Required. */
  year: z
    .number(needs('jaar (year)', 'een jaartal, of null als de bron geen jaar noemt'))
    .int()
    .min(1950, { error: 'jaar (year) lijkt niet te kloppen' })
    .max(2100, { error: 'jaar (year) lijkt niet te kloppen' })
    .nullable(),
  /** The address where the source was read, https only. Leave out when there is none. */
  url: z.url({ protocol: /^https$/, error: 'adres (url) moet beginnen met https://' }).optional(),
  /** What kind of source it is; decides whether patients see it under "Bronnen". */
  kind: z.enum(SOURCE_KIND_IDS, { error: `soort (kind) moet een van deze zijn: ${SOURCE_KIND_IDS.join(', ')}` }),
});

export type Source = z.infer<typeof sourceEntrySchema>;

/** Turns zod issues into lines an editor understands: which field, what is wrong. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(frontmatter)';
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length > 0 ? ` in ${field}` : '';
      return `onbekend veld${where}: ${issue.keys.join(', ')} (controleer de spelling; toegestaan zijn de velden uit de README)`;
    }
    return `${field}: ${issue.message}`;
  });
}
