import { parse } from 'yaml';

/**
 * The one YAML parser for all content: article frontmatter, the glossary and the bibliography. YAML 1.2, so a date
 * such as 2026-11-22 stays a string and `no` stays a word.
 */
export function parseYaml(text: string): unknown {
  return parse(text);
}

/**
 * gray-matter's `engines` option, for our frontmatter reader and the one inside mdx-bundler: without it both would
 * parse frontmatter with gray-matter's own js-yaml, a second parser with other rules.
 */
export const YAML_ENGINES = { yaml: (text: string): object => (parseYaml(text) ?? {}) as object };
