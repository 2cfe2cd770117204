import { getAllArticleMetas, getArticle, getArticleIndex, listArticleSlugs, type Article } from './articles';
import { bibliographyFile, getBibliography } from './bibliography';
import { ContentError, ContentErrors, isContentError } from './errors';
import { getGlossary } from './glossary';
import { LINKABLE_PAGES } from './mdx-rules';
import { articlesDir, contentDir, displayPath } from './paths';
import { readingLevelProblems } from './readability';

const EXTERNAL = /^(https:|mailto:|tel:)/;

/**
 * Compiles and checks every article, the links between them, the glossary, the bibliography and the reading level.
 * Used by `npm run content` and by the build, so a broken link, an unknown component, a bad field, an unknown or
 * unused source or a text that drifted above B1 stops both with one message naming every file and problem.
 */
export async function validateLibrary(): Promise<Article[]> {
  const errors: ContentError[] = [];
  const collect = (error: unknown) => {
    if (!isContentError(error)) throw error;
    if ('errors' in error) errors.push(...error.errors);
    else errors.push(error);
  };

  for (const load of [getGlossary, getBibliography, getArticleIndex]) {
    try {
      load();
    } catch (error) {
      collect(error);
    }
  }

  const articles: Article[] = [];
  let slugs: string[] = [];
  try {
    slugs = listArticleSlugs();
  } catch (error) {
    collect(error);
  }
  for (const slug of slugs) {
    try {
      const article = await getArticle(slug);
      if (article) articles.push(article);
    } catch (error) {
      collect(error);
    }
  }

  // An article that failed to compile still exists; links to it are checked for the slug only.
  const anchors = new Map<string, Set<string> | undefined>(slugs.map((slug) => [slug, undefined]));
  for (const a of articles) anchors.set(a.slug, new Set(a.headings.map((h) => h.id)));
  const glossaryIds = new Set(safeGlossaryIds());
  for (const article of articles) {
    const problems = article.links
      .map((link) => {
        const problem = checkLink(link.value, article.slug, anchors, glossaryIds);
        return problem && `regel ${link.line}: ${problem}`;
      })
      .filter((p): p is string => Boolean(p));
    problems.push(...readingLevelProblems(article.readability));
    if (problems.length > 0) errors.push(new ContentError(displayPath(`${articlesDir()}/${article.slug}.mdx`), problems));
  }
  errors.push(...glossaryArticleErrors(slugs), ...unusedSourceErrors());

  if (errors.length > 0) throw new ContentErrors(mergeByFile(errors));
  return articles.sort((a, b) => a.order - b.order);
}

/** The index and the compiler both read frontmatter; report each file once, each problem once. */
function mergeByFile(errors: ContentError[]): ContentError[] {
  const byFile = new Map<string, Set<string>>();
  for (const error of errors) {
    const problems = byFile.get(error.file) ?? new Set<string>();
    error.problems.forEach((p) => problems.add(p));
    byFile.set(error.file, problems);
  }
  return [...byFile].map(([file, problems]) => new ContentError(file, [...problems]));
}

/** A glossary entry's `article:` must be a real article, or the glossary page would drop its link without a word. */
function glossaryArticleErrors(slugs: string[]): ContentError[] {
  let entries: ReturnType<typeof getGlossary> = [];
  try {
    entries = getGlossary();
  } catch {
    return []; // already reported
  }
  const known = new Set(slugs);
  const problems = entries
    .filter((entry) => entry.article !== undefined && !known.has(entry.article))
    .map((entry) => `id "${entry.id}": article: het artikel "${entry.article}" bestaat niet`);
  return problems.length > 0 ? [new ContentError(displayPath(`${contentDir()}/woordenlijst.yml`), problems)] : [];
}

/** A source no article cites (drafts included) is an error: either cite it or take it out of content/bronnen.yml. */
function unusedSourceErrors(): ContentError[] {
  let ids: string[] = [];
  let used = new Set<string>();
  try {
    ids = [...getBibliography().keys()];
    used = new Set(getAllArticleMetas().flatMap((meta) => meta.sources.map((source) => source.id)));
  } catch {
    return []; // already reported; with a broken article the list of used sources is incomplete
  }
  const problems = ids
    .filter((id) => !used.has(id))
    .map((id) => `bron "${id}" wordt door geen enkel artikel gebruikt; noem hem in sources: of haal hem weg`);
  return problems.length > 0 ? [new ContentError(displayPath(bibliographyFile()), problems)] : [];
}

function safeGlossaryIds(): string[] {
  try {
    return getGlossary().map((entry) => entry.id);
  } catch {
    return [];
  }
}

/** Returns what is wrong with a link in an article, or undefined when it leads somewhere real. */
export function checkLink(
  url: string,
  fromSlug: string,
  anchors: Map<string, Set<string> | undefined>,
  glossaryIds: Set<string>,
): string | undefined {
  if (EXTERNAL.test(url)) return undefined;
  if (url.startsWith('http:')) return `link "${url}": gebruik https://`;
  const [pathPart = '', hash] = url.split('#', 2);
  const target = pathPart === '' ? `/artikelen/${fromSlug}` : pathPart.replace(/\/$/, '') || '/';
  if (!target.startsWith('/')) return `link "${url}": begin een link binnen de site met / (bijvoorbeeld /artikelen/medicijnen)`;

  const article = /^\/artikelen\/([^/]+)$/.exec(target);
  if (article) {
    const slug = article[1] ?? '';
    if (!anchors.has(slug)) return `link "${url}": het artikel "${slug}" bestaat niet`;
    const ids = anchors.get(slug);
    if (hash && ids && !ids.has(hash)) return `link "${url}": het artikel heeft geen kop met het anker #${hash}`;
    return undefined;
  }
  if (target === '/woordenlijst' && hash && !glossaryIds.has(hash)) return `link "${url}": de woordenlijst heeft geen woord "${hash}"`;
  if (!LINKABLE_PAGES.includes(target)) return `link "${url}": deze pagina bestaat niet op Botwijzer`;
  return undefined;
}
