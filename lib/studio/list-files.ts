import { Document, isSeq, parse, parseDocument, stringify } from 'yaml';

/**
 * The glossary and the bibliography are YAML files whose top level is a list. Keystatic edits only files whose top
 * level is a set of named fields, so the studio's API shows Keystatic each such file as `{ <key>: [the list] }` (the
 * view) and writes what Keystatic saves back as the plain list. The files on disk keep their form; only the studio
 * sees the wrapper.
 */
export type ListFile = {
  /** Path relative to the studio's root, as Keystatic names it. */
  path: string;
  /** The field that holds the list in the view. */
  key: string;
  /** Every field of an entry, in the schema's order (the order the file keeps). */
  keys: readonly string[];
  /** Fields an entry may leave out: an empty form field (null or "") is left out of the file instead. */
  optionalKeys: readonly string[];
  /** Required fields that may be null (a source's year): Keystatic leaves an empty one out, the file says null. */
  nullableKeys: readonly string[];
};

export function toView(file: string, list: ListFile): string {
  return stringify({ [list.key]: parse(file) ?? [] });
}

/**
 * The list Keystatic saved, as the file: one entry after another with a blank line between them, each text on one
 * line (so a changed definition is a one-line diff), and the comment at the top of the previous file kept.
 */
export function fromView(view: string, list: ListFile, previous = ''): string {
  const data = parse(view) as Record<string, unknown> | null;
  const entries = Array.isArray(data?.[list.key]) ? (data[list.key] as Record<string, unknown>[]) : [];
  const cleaned = entries.map((entry) =>
    Object.fromEntries(
      list.keys
        .map((key) => [key, entry[key] ?? (list.nullableKeys.includes(key) ? null : undefined)] as const)
        .filter(
          ([key, value]) =>
            value !== undefined && !(list.optionalKeys.includes(key) && (value === null || value === '')),
        ),
    ),
  );
  const doc = new Document(cleaned);
  doc.commentBefore = parseDocument(previous).commentBefore ?? null;
  if (isSeq(doc.contents))
    doc.contents.items.forEach((item, index) => Object.assign(item as object, { spaceBefore: index > 0 }));
  return doc.toString({ lineWidth: 0 });
}
