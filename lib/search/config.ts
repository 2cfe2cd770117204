/**
 * Search logic that does not need Pagefind: which pages are searchable, patient words that are not in the text,
 * and how results are worded. The index itself is built by scripts/build-search-index.mts.
 */

/** The search page; the header form sends `q` here with a plain GET, so it works without JavaScript. */
export const SEARCH_PATH = '/zoeken';
export const SEARCH_PARAM = 'q';
export const MAX_QUERY_LENGTH = 100;

/** Where the index is served and the script that loads it (written there after `next build`). */
export const PAGEFIND_BUNDLE_PATH = '/pagefind/';

/**
 * The folders of the build output whose HTML files become search results: every article and both tools. The
 * glossary is added term by term (each with its own link), so its page is not indexed as a whole.
 */
export const SEARCHABLE_FOLDERS = ['artikelen', 'hulpmiddelen'] as const;

/**
 * What Pagefind skips inside the main content: navigation, form controls and everything that is not printed
 * (buttons, share menus, the table of contents). What is not on paper is not content.
 */
export const SEARCH_EXCLUDE_SELECTORS = ['nav', 'form', 'fieldset', 'button', 'noscript', 'svg', '.no-print'];

/**
 * Words patients type that the articles do not use (brand names, everyday words). A query with such a word is
 * also searched with the word the articles use, and the page says so. Keep `note` to one short B1 sentence.
 */
export const SEARCH_SYNONYMS: readonly { words: readonly string[]; searchAs: string; note: string }[] = [
  { words: ['prolia'], searchAs: 'denosumab', note: 'Prolia is de merknaam van denosumab.' },
  { words: ['fosamax'], searchAs: 'alendroninezuur', note: 'Fosamax is een merknaam van alendroninezuur.' },
  { words: ['actonel'], searchAs: 'risedroninezuur', note: 'Actonel is een merknaam van risedroninezuur.' },
  { words: ['bonviva'], searchAs: 'ibandroninezuur', note: 'Bonviva is een merknaam van ibandroninezuur.' },
  { words: ['aclasta'], searchAs: 'zoledroninezuur', note: 'Aclasta is een merknaam van zoledroninezuur.' },
  { words: ['forsteo', 'movymia', 'terrosa'], searchAs: 'teriparatide', note: 'Dit is een merknaam van teriparatide.' },
  { words: ['evenity'], searchAs: 'romosozumab', note: 'Evenity is de merknaam van romosozumab.' },
  {
    words: ['botontkalking', 'botontkalkt'],
    searchAs: 'osteoporose',
    note: 'Botontkalking is een ander woord voor osteoporose.',
  },
  {
    words: ['botscan', 'botmeting', 'botdichtheidsscan'],
    searchAs: 'botdichtheidsmeting',
    note: 'Een botscan heet ook botdichtheidsmeting of DEXA-scan.',
  },
];

/** Offered when nothing is found, and on the empty search page. */
export const SEARCH_SUGGESTIONS = ['osteoporose', 'calcium', 'vallen', 'medicijnen', 'DEXA-scan', 'bewegen'] as const;

/** Trims, collapses spaces and caps the length: the form of a query that is searched and put in the address. */
export function normalizeQuery(raw: string | null | undefined): string {
  return (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** The address of the search page for a query. */
export function searchHref(query: string): string {
  const q = normalizeQuery(query);
  return q ? `${SEARCH_PATH}?${SEARCH_PARAM}=${encodeURIComponent(q)}` : SEARCH_PATH;
}

export type QueryVariant = { query: string; note?: string };

/**
 * The query itself, then the same query with each patient word swapped for the word the articles use.
 * "prolia bijwerkingen" → ["prolia bijwerkingen", "denosumab bijwerkingen" with a note].
 */
export function queryVariants(raw: string): QueryVariant[] {
  const query = normalizeQuery(raw);
  if (!query) return [];
  const variants: QueryVariant[] = [{ query }];
  for (const synonym of SEARCH_SYNONYMS) {
    const words = query.split(' ');
    const swapped = words.map((word) => (synonym.words.includes(word.toLowerCase()) ? synonym.searchAs : word));
    if (swapped.some((word, i) => word !== words[i])) variants.push({ query: swapped.join(' '), note: synonym.note });
  }
  return variants;
}

/** Pagefind's URL for a built file, made clean: no ".html", no "/index". */
export function cleanResultUrl(url: string): string {
  const [path = '', hash] = url.split('#', 2);
  const clean =
    path
      .replace(/\/index\.html$/, '/')
      .replace(/\.html$/, '')
      .replace(/(.)\/$/, '$1') || '/';
  return hash ? `${clean}#${hash}` : clean;
}

/** The HTML file Pagefind reads → the address a reader visits: "artikelen/vallen-voorkomen.html" → "/artikelen/vallen-voorkomen". */
export function urlForBuiltFile(relativePath: string): string {
  return cleanResultUrl(`/${relativePath.split(/[\\/]/).join('/')}`);
}

/** A small label so a reader sees what kind of page a result is (never colour alone). */
export function resultKind(url: string): 'Artikel' | 'Woordenlijst' | 'Hulpmiddel' | 'Pagina' {
  if (url.startsWith('/artikelen/')) return 'Artikel';
  if (url.startsWith('/woordenlijst')) return 'Woordenlijst';
  if (url.startsWith('/hulpmiddelen/')) return 'Hulpmiddel';
  return 'Pagina';
}

/** The sentence the live region announces after a search. */
export function resultCountText(count: number, query: string): string {
  if (count === 0) return `Geen resultaten gevonden voor “${query}”.`;
  return `${count} ${count === 1 ? 'resultaat' : 'resultaten'} gevonden voor “${query}”.`;
}

export type ExcerptPart = { text: string; marked: boolean };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * Pagefind's excerpt is escaped text with <mark> around the words found. This turns it into plain parts, so the
 * page renders text (never HTML from the index) and marks the found words itself.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last)
      parts.push({ text: decodeEntities(stripTags(excerpt.slice(last, match.index))), marked: false });
    parts.push({ text: decodeEntities(stripTags(match[1] ?? '')), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decodeEntities(stripTags(excerpt.slice(last))), marked: false });
  return parts.filter((part) => part.text.length > 0);
}

/**
 * An excerpt is a window on the text: "…" where it starts mid-sentence (not with a capital or digit) and where it
 * stops before the end of a sentence, so a reader sees that the text goes on.
 */
export function withEllipses(parts: readonly ExcerptPart[]): ExcerptPart[] {
  if (parts.length === 0) return [];
  const first = parts[0]?.text.trimStart() ?? '';
  const last = parts[parts.length - 1]?.text.trimEnd() ?? '';
  const result = [...parts];
  if (!/^[\p{Lu}\d]/u.test(first)) result.unshift({ text: '… ', marked: false });
  if (!/[.!?]$/.test(last)) result.push({ text: ' …', marked: false });
  return result;
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

/** Results of several searches in one list: the first search's order first, each page once. */
export function mergeById<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const list of lists) {
    for (const item of list) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      merged.push(item);
    }
  }
  return merged;
}

type SubResultLike = { url: string; locations?: readonly number[] };

/** Anchors made from heading text (rehype-slug, hand-written ids); not the generated ids of interactive parts. */
const READABLE_ANCHOR = /#[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u;

/**
 * The sections of a page worth showing under it: at most `max`, those with the most matches, in page order. The
 * part before the first heading (the page's own URL) is left out, since the page link covers it, and so are
 * headings whose anchor is a generated id (a tool's result heading), which would not lead anywhere stable.
 */
export function pickSections<T extends SubResultLike>(pageUrl: string, subResults: readonly T[], max = 3): T[] {
  const page = cleanResultUrl(pageUrl);
  const sections = subResults.filter((sub) => cleanResultUrl(sub.url) !== page && READABLE_ANCHOR.test(sub.url));
  const strongest = [...sections].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0)).slice(0, max);
  return sections.filter((sub) => strongest.includes(sub));
}
