import { collection, config, fields, type Config } from '@keystatic/core';
import { block, mark, wrapper } from '@keystatic/core/content-components';
import { MDX_COMPONENT_RULES, type MdxComponentName } from '@/lib/content/mdx-rules';
import { SLUG_PATTERN } from '@/lib/content/paths';
import { SOURCE_KINDS, TOPIC_IDS, TOPICS, type SourceKind } from '@/lib/content/schema';
import {
  ARTICLE_FIELD_TEXT as A,
  CALLOUT_TYPE_LABELS,
  COMPONENT_TEXT as C,
  GLOSSARY_FIELD_TEXT,
  SOURCE_FIELD_TEXT,
} from '@/lib/studio/labels';
import { GLOSSARY_FILE, SOURCES_FILE } from '@/lib/studio/lists';
import { articleField, GLOSSARY_JSON_SCHEMA, SOURCE_JSON_SCHEMA } from '@/lib/studio/schema-facts';
import { listSingleton } from './list-singleton';
import type { StudioData } from '@/lib/studio/data';

/** Where Keystatic reads and writes, relative to the studio's root (the folder that holds content/). */
export const STUDIO_PATHS = { articles: 'content/articles/*' } as const;

const termIcon = (
  <svg
    aria-hidden="true"
    width="16"
    height="16"
    viewBox="0 0 16 16"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.5"
  >
    <path d="M2 3h5a2 2 0 0 1 2 2v8a2 2 0 0 0-2-2H2zM14 3H9a2 2 0 0 0-2 2v8a2 2 0 0 1 2-2h5z" />
  </svg>
);

function options<T extends string>(values: readonly T[], label: (value: T) => string = (value) => value) {
  return values.map((value) => ({ value, label: label(value) }));
}

const required = { isRequired: true } as const;

/** The article collection: every frontmatter field of lib/content/schema.ts, then the body. */
function articles(data: StudioData) {
  const title = articleField('title');
  const description = articleField('description');
  const summary = articleField('summary');
  return collection({
    label: 'Artikelen',
    path: STUDIO_PATHS.articles,
    slugField: 'title',
    entryLayout: 'content',
    format: { contentField: 'body' },
    previewUrl: '/artikelen/{slug}',
    columns: ['title', 'order'],
    schema: {
      title: fields.slug({
        name: {
          label: A.title.label,
          description: A.title.help,
          validation: { ...required, length: { min: title.minLength, max: title.maxLength } },
        },
        slug: {
          label: 'Webadres (bestandsnaam)',
          description: 'Kleine letters, cijfers en streepjes. Het artikel staat op /artikelen/<webadres>.',
          validation: {
            pattern: { regex: SLUG_PATTERN, message: 'Gebruik alleen kleine letters, cijfers en streepjes.' },
          },
        },
      }),
      description: fields.text({
        label: A.description.label,
        description: A.description.help,
        multiline: true,
        validation: { ...required, length: { min: description.minLength, max: description.maxLength } },
      }),
      summary: fields.array(
        fields.text({ label: 'Kernpunt', validation: { ...required, length: { min: summary.items?.minLength } } }),
        {
          label: A.summary.label,
          description: A.summary.help,
          itemLabel: (props) => props.value || 'Nieuw kernpunt',
          validation: { length: { min: summary.minItems, max: summary.maxItems } },
        },
      ),
      topic: fields.select({
        label: A.topic.label,
        description: A.topic.help,
        options: options(TOPIC_IDS, (topic) => TOPICS[topic]),
        defaultValue: TOPIC_IDS[0],
      }),
      order: fields.integer({
        label: A.order.label,
        description: A.order.help,
        validation: { isRequired: true, min: articleField('order').minimum },
      }),
      updated: fields.date({
        label: A.updated.label,
        description: A.updated.help,
        defaultValue: { kind: 'today' },
        validation: required,
      }),
      reviewed: fields.date({
        label: A.reviewed.label,
        description: A.reviewed.help,
        defaultValue: { kind: 'today' },
        validation: required,
      }),
      sources: sourcesField(data),
      draft: fields.checkbox({ label: A.draft.label, description: A.draft.help, defaultValue: false }),
      body: fields.mdx({
        label: 'Tekst',
        description: 'Begin een stuk met een kop (Kop 2), een onderdeel daarvan met Kop 3. De titel is al de hoofdkop.',
        options: {
          heading: [2, 3],
          bold: true,
          italic: true,
          link: true,
          orderedList: true,
          unorderedList: true,
          table: true,
          strikethrough: false,
          code: false,
          codeBlock: false,
          blockquote: false,
          divider: false,
          image: false,
        },
        components: bodyComponents(data),
      }),
    },
  });
}

/**
 * Articles cite sources either by id from content/bronnen.yml (a choice list) or, in the older form, as inline
 * objects (a list of small forms); the zod schema decides which, so the studio follows it.
 */
function sourcesField(data: StudioData) {
  const item = articleField('sources').items;
  if (item?.type === 'string')
    return fields.multiselect({ label: A.sources.label, description: A.sources.help, options: data.sources });
  const props = item?.properties ?? {};
  const text = (key: string, label: string) =>
    fields.text({
      label,
      validation: { isRequired: item?.required?.includes(key), length: { min: props[key]?.minLength } },
    });
  return fields.array(
    fields.object({
      title: text('title', 'Titel van de bron'),
      publisher: text('publisher', 'Uitgever'),
      year: fields.integer({
        label: 'Jaar (leeg als de bron geen jaar noemt)',
        validation: { min: props.year?.minimum, max: props.year?.maximum },
      }),
      url: fields.url({ label: 'Webadres (https://…, optioneel)' }),
    }),
    { label: A.sources.label, description: A.sources.help, itemLabel: (p) => p.fields.title.value || 'Nieuwe bron' },
  );
}

/** A component's attributes as form fields: a choice list where the rules name the values, otherwise text. */
function ruleSchema(name: MdxComponentName) {
  const rule = MDX_COMPONENT_RULES[name];
  const values: Record<string, readonly string[]> = rule.values;
  return Object.fromEntries(
    [...rule.required, ...rule.optional].map((attribute: string) => {
      const choices = values[attribute];
      const field = choices?.length
        ? fields.select({ label: attribute, options: options(choices), defaultValue: choices[0] ?? '' })
        : fields.text({
            label: attribute,
            validation: { isRequired: (rule.required as readonly string[]).includes(attribute) },
          });
      return [attribute, field];
    }),
  );
}

/** Exactly the components of MDX_COMPONENT_RULES, with their attributes; nothing else can be inserted. */
export function bodyComponents(data: StudioData) {
  const calloutTypes = MDX_COMPONENT_RULES.Callout.values.type;
  return {
    Callout: wrapper({
      label: C.Callout.label,
      description: C.Callout.help,
      schema: {
        type: fields.select({
          label: 'Soort',
          options: options(calloutTypes, (t) => CALLOUT_TYPE_LABELS[t]),
          defaultValue: calloutTypes[0],
        }),
        title: fields.text({ label: 'Kop (optioneel)' }),
      },
    }),
    Term: mark({
      label: C.Term.label,
      icon: termIcon,
      tag: 'abbr',
      style: { textDecoration: 'underline dotted', backgroundColor: '#e8f0fb' },
      schema: {
        // No real default: an editor who forgets to choose gets the content check's message, not a wrong word.
        id: fields.select({
          label: 'Woord',
          options: [
            { value: '', label: 'Kies een woord…' },
            ...data.glossary.map((entry) => ({ value: entry.id, label: `${entry.term} (${entry.id})` })),
          ],
          defaultValue: '',
        }),
      },
    }),
    Figure: block({
      label: C.Figure.label,
      description: C.Figure.help,
      schema: {
        src: fields.select({ label: 'Afbeelding', options: options(data.images), defaultValue: data.images[0] ?? '' }),
        alt: fields.text({
          label: 'Alt-tekst: wat is er te zien?',
          validation: { isRequired: true, length: { min: 1 } },
        }),
        caption: fields.text({ label: 'Onderschrift (optioneel)' }),
      },
    }),
    // Every other component (the embedded tools, the exercises): a block whose attributes are choices from the rules.
    ...Object.fromEntries(
      (Object.keys(MDX_COMPONENT_RULES) as MdxComponentName[])
        .filter((name) => !['Callout', 'Term', 'Figure'].includes(name))
        .map((name) => [name, block({ label: C[name].label, description: C[name].help, schema: ruleSchema(name) })]),
    ),
  };
}

// Keystatic's own entry points (makePage) take Config<any, any>: its `ui` type does not widen to the plain Config.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function makeStudioConfig(data: StudioData): Config<any, any> {
  return config({
    ui: { brand: { name: 'Botwijzer studio' } },
    storage: { kind: 'local' },
    locale: 'nl-NL',
    collections: { artikelen: articles(data) },
    singletons: {
      woordenlijst: listSingleton({
        label: 'Woordenlijst',
        list: GLOSSARY_FILE,
        entry: GLOSSARY_JSON_SCHEMA,
        text: GLOSSARY_FIELD_TEXT,
        overrides: {
          article: fields.relationship({
            label: GLOSSARY_FIELD_TEXT.article.label,
            description: GLOSSARY_FIELD_TEXT.article.help,
            collection: 'artikelen',
          }),
        },
        itemLabel: (entry) => `${String(entry.term || 'Nieuw woord')} (${String(entry.id || '…')})`,
      }),
      bronnen: listSingleton({
        label: 'Bronnen',
        list: SOURCES_FILE,
        entry: SOURCE_JSON_SCHEMA,
        text: SOURCE_FIELD_TEXT,
        overrides: {
          kind: fields.select({
            label: SOURCE_FIELD_TEXT.kind.label,
            description: SOURCE_FIELD_TEXT.kind.help,
            options: (Object.keys(SOURCE_KINDS) as SourceKind[]).map((kind) => ({
              value: kind,
              label: `${kind}: ${SOURCE_KINDS[kind]}`,
            })),
            defaultValue: 'guideline',
          }),
        },
        itemLabel: (entry) => `${String(entry.title || 'Nieuwe bron')} (${String(entry.id || '…')})`,
      }),
    },
  });
}
