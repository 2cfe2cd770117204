import { describe, expect, test } from 'vitest';
import { bodyComponents, makeStudioConfig } from '@/components/studio/config';
import { MDX_COMPONENT_RULES } from '@/lib/content/mdx-rules';
import {
  articleFrontmatterSchema,
  glossaryEntrySchema,
  SOURCE_KINDS,
  sourceEntrySchema,
  TOPIC_IDS,
} from '@/lib/content/schema';

// The studio's forms are built from the zod schemas; these tests fail when a field, a limit or a choice of the two
// differs, so an editor can never save in the studio what the content check then rejects (or be stopped from saving
// what it accepts).
const config = makeStudioConfig({
  glossary: [{ id: 'dexa', term: 'DEXA-scan' }],
  sources: [],
  images: ['/afbeeldingen/x.svg'],
});
type Field = {
  kind: string;
  validate?: (value: unknown) => unknown;
  options?: { value: string }[];
  validation?: { length?: { min?: number; max?: number } };
  element?: Field & { fields?: Record<string, Field> };
};
const fields = config.collections!.artikelen!.schema as Record<string, Field>;

function studioAccepts(field: Field, value: unknown): boolean {
  try {
    field.validate?.(value);
    return true;
  } catch {
    return false;
  }
}
const zodAccepts = (key: keyof typeof articleFrontmatterSchema.shape, value: unknown) =>
  articleFrontmatterSchema.shape[key].safeParse(value).success;
const text = (length: number) => 'a'.repeat(length);

describe('the article form matches the frontmatter schema', () => {
  test('it has exactly the schema’s fields, plus the body', () => {
    expect(Object.keys(fields).sort()).toEqual([...Object.keys(articleFrontmatterSchema.shape), 'body'].sort());
  });

  test.each([4, 5, 80, 81])('a title of %i characters: studio and schema agree', (length) => {
    expect(studioAccepts(fields.title!, { name: text(length), slug: 'x' })).toBe(zodAccepts('title', text(length)));
  });

  test.each([19, 20, 160, 161])('a description of %i characters: studio and schema agree', (length) => {
    expect(studioAccepts(fields.description!, text(length))).toBe(zodAccepts('description', text(length)));
  });

  test.each([1, 2, 3, 4, 5])('"In het kort" with %i points: studio and schema agree', (count) => {
    const { min = 0, max = Infinity } = fields.summary!.validation?.length ?? {};
    expect(count >= min && count <= max).toBe(zodAccepts('summary', Array(count).fill(text(10))));
  });

  test.each([4, 5])('a point of %i characters: studio and schema agree', (length) => {
    expect(studioAccepts(fields.summary!.element!, text(length))).toBe(zodAccepts('summary', [text(length), text(10)]));
  });

  test('the topics are the schema’s topics, in order', () => {
    expect(fields.topic!.options?.map((o) => o.value)).toEqual(TOPIC_IDS);
  });

  test.each([0, 1, 2])('order %i: studio and schema agree', (order) => {
    expect(studioAccepts(fields.order!, order)).toBe(zodAccepts('order', order));
  });
});

describe('the body offers exactly the components editors may use', () => {
  const components = bodyComponents({
    glossary: [],
    sources: [],
    images: ['/afbeeldingen/x.svg'],
  }) as unknown as Record<string, { schema: Record<string, Field> }>;

  test('the same components as the content check allows', () => {
    expect(Object.keys(components).sort()).toEqual(Object.keys(MDX_COMPONENT_RULES).sort());
  });

  test.each(Object.entries(MDX_COMPONENT_RULES))('%s has exactly the attributes the check allows', (name, rule) => {
    expect(Object.keys(components[name]!.schema).sort()).toEqual([...rule.required, ...rule.optional].sort());
  });

  const choices = Object.entries(MDX_COMPONENT_RULES).flatMap(([name, rule]) =>
    Object.entries(rule.values as Record<string, readonly string[]>).map(
      ([attribute, values]) => [name, attribute, values] as const,
    ),
  );
  test.each(choices)('%s %s offers exactly the values the check allows', (name, attribute, values) => {
    expect(components[name]!.schema[attribute]!.options?.map((o) => o.value)).toEqual(values);
  });
});

describe('the glossary form matches the glossary schema', () => {
  const entry = (config.singletons!.woordenlijst!.schema as Record<string, Field>).termen!.element!.fields!;
  test('it has exactly the schema’s fields', () => {
    expect(Object.keys(entry).sort()).toEqual(Object.keys(glossaryEntrySchema.shape).sort());
  });
  test.each([
    ['id', 't-score', true],
    ['id', 'T score', false],
    ['definition', text(9), false],
    ['definition', text(10), true],
  ] as const)('%s = "%s": studio and schema agree', (key, value, expected) => {
    expect(studioAccepts(entry[key]!, value)).toBe(expected);
    expect(glossaryEntrySchema.shape[key].safeParse(value).success).toBe(expected);
  });
});

describe('the bibliography form matches the source schema', () => {
  const entry = (config.singletons!.bronnen!.schema as Record<string, Field>).bronnen!.element!.fields!;
  test('it has exactly the schema’s fields', () => {
    expect(Object.keys(entry).sort()).toEqual(Object.keys(sourceEntrySchema.shape).sort());
  });
  test('the kinds are the schema’s kinds', () => {
    expect(entry.kind!.options?.map((o) => o.value)).toEqual(Object.keys(SOURCE_KINDS));
  });
  test('an article chooses its sources from the bibliography', () => {
    const withSources = makeStudioConfig({
      glossary: [],
      sources: [{ value: 'nhg-fractuurpreventie', label: 'NHG' }],
      images: ['/afbeeldingen/x.svg'],
    });
    const sources = withSources.collections!.artikelen!.schema.sources as unknown as Field;
    expect(sources.options?.map((o) => o.value)).toEqual(['nhg-fractuurpreventie']);
  });
});
