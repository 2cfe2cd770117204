import path from 'node:path';

/** Where content lives; CONTENT_DIR lets tests and benchmarks point the loader at fixtures. */
export function contentDir(): string {
  return process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');
}

export function articlesDir(): string {
  return path.join(contentDir(), 'articles');
}

export function publicDir(): string {
  return path.join(process.cwd(), 'public');
}

/** Paths in messages are relative to the project, so an editor can open them straight away. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

export const ARTICLE_EXTENSION = '.mdx';
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
