import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { listArticleSlugs } from '../content/articles';
import { isContentError, type ContentError } from '../content/errors';
import { validateLibrary } from '../content/library';
import { ARTICLE_EXTENSION, articlesDir, displayPath } from '../content/paths';
import { measureReadability, readingLevelProblems, type Readability } from '../content/readability';

/** One article as the studio's check page shows it: the content check's messages, its reading level, its review. */
export type ArticleReport = {
  slug: string;
  title: string;
  draft: boolean;
  problems: string[];
  readability: Readability;
  /** Which B1 limits the article is outside of, in words. */
  readingProblems: string[];
  reviewed: string | undefined;
  /** True when the last medical check is more than a year before `today`, or missing. */
  reviewOverdue: boolean;
};

export type StudioReport = { articles: ArticleReport[]; otherFiles: { file: string; problems: string[] }[] };

/** Runs the same check as `npm run content` (validateLibrary) and sorts its messages by article. */
export async function studioReport(today: Date = new Date()): Promise<StudioReport> {
  const byFile = new Map<string, string[]>();
  try {
    await validateLibrary();
  } catch (error) {
    if (!isContentError(error)) throw error;
    const errors: ContentError[] = 'errors' in error ? error.errors : [error];
    for (const e of errors) byFile.set(e.file, [...(byFile.get(e.file) ?? []), ...e.problems]);
  }
  let slugs: string[] = [];
  try {
    slugs = listArticleSlugs();
  } catch {
    // A file name that is not kebab-case: validateLibrary has already reported it under that file.
  }
  const articles = slugs.map((slug) => {
    const file = path.join(articlesDir(), `${slug}${ARTICLE_EXTENSION}`);
    const problems = byFile.get(displayPath(file)) ?? [];
    byFile.delete(displayPath(file));
    return articleReport(slug, readFileSync(file, 'utf8'), problems, today);
  });
  return { articles, otherFiles: [...byFile].map(([file, problems]) => ({ file, problems })) };
}

export function articleReport(slug: string, source: string, problems: string[], today: Date): ArticleReport {
  let data: Record<string, unknown> = {};
  try {
    data = matter(source, {}).data;
  } catch {
    // The check's messages already say the frontmatter cannot be read.
  }
  const readability = measureReadability(source);
  const reviewed = isoDate(data.reviewed);
  return {
    slug,
    title: typeof data.title === 'string' ? data.title : slug,
    draft: data.draft === true,
    problems,
    readability,
    readingProblems: readingLevelProblems(readability),
    reviewed,
    reviewOverdue: !reviewed || isMoreThanAYearBefore(reviewed, today),
  };
}

function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

export function isMoreThanAYearBefore(date: string, today: Date): boolean {
  const yearLater = new Date(`${date}T00:00:00Z`);
  yearLater.setUTCFullYear(yearLater.getUTCFullYear() + 1);
  return yearLater.getTime() < Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
}
