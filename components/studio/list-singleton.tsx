import { fields, singleton, type ComponentSchema } from '@keystatic/core';
import type { FieldText } from '@/lib/studio/labels';
import type { ListFile } from '@/lib/studio/list-files';
import type { JsonObject, JsonProperty } from '@/lib/studio/schema-facts';

type Overrides = Record<string, ComponentSchema>;

/** One form field per property of an entry's JSON Schema: a choice list for an enum, a number, an address or text. */
function entryField(key: string, prop: JsonProperty, required: boolean, text: FieldText) {
  const base = prop.anyOf?.find((p) => p.type !== 'null') ?? prop;
  const common = { label: text.label, description: text.help };
  if (base.enum)
    return fields.select({
      ...common,
      options: base.enum.map((value) => ({ value, label: value })),
      defaultValue: base.enum[0] ?? '',
    });
  if (base.type === 'integer' || base.type === 'number')
    return fields.integer({ ...common, validation: { min: base.minimum, max: base.maximum } });
  if (base.format === 'uri') return fields.url(common);
  return fields.text({
    ...common,
    multiline: (base.minLength ?? 0) >= 10,
    validation: {
      isRequired: required,
      length: { min: base.minLength, max: base.maxLength },
      ...(base.pattern ? { pattern: { regex: new RegExp(base.pattern), message: text.help } } : {}),
    },
  });
}

/** A list file (the glossary, the bibliography) as a Keystatic singleton whose one field is the list of entries. */
export function listSingleton(args: {
  label: string;
  list: ListFile;
  entry: JsonObject;
  text: Record<string, FieldText>;
  overrides?: Overrides;
  itemLabel: (values: Record<string, unknown>) => string;
}) {
  const entryFields = Object.fromEntries(
    Object.entries(args.entry.properties).map(([key, prop]) => {
      const text = args.text[key] ?? { label: key, help: '' };
      return [key, args.overrides?.[key] ?? entryField(key, prop, args.entry.required?.includes(key) ?? false, text)];
    }),
  );
  return singleton({
    label: args.label,
    path: args.list.path.replace(/\.yml$/, ''),
    // Keystatic names the file after the data format (".yaml"); "yml" keeps our file names and is still parsed as YAML.
    format: { data: 'yml' as 'yaml' },
    schema: {
      [args.list.key]: fields.array(fields.object(entryFields), {
        label: args.label,
        itemLabel: (props) =>
          args.itemLabel(
            Object.fromEntries(Object.entries(props.fields).map(([k, f]) => [k, (f as { value: unknown }).value])),
          ),
      }),
    },
  });
}
