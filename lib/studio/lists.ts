import type { ListFile } from './list-files';
import { GLOSSARY_JSON_SCHEMA, SOURCE_JSON_SCHEMA, type JsonObject } from './schema-facts';

/** Which fields of an entry are optional or nullable, read from its schema. */
function listFile(path: string, key: string, schema: JsonObject): ListFile {
  const keys = Object.keys(schema.properties);
  return {
    path,
    key,
    keys,
    optionalKeys: keys.filter((k) => !schema.required?.includes(k)),
    nullableKeys: keys.filter(
      (k) => schema.required?.includes(k) && schema.properties[k]?.anyOf?.some((p) => p.type === 'null'),
    ),
  };
}

export const GLOSSARY_FILE = listFile('content/woordenlijst.yml', 'termen', GLOSSARY_JSON_SCHEMA);

export const SOURCES_FILE = listFile('content/bronnen.yml', 'bronnen', SOURCE_JSON_SCHEMA);

/** Every list file the studio edits through a view. */
export const STUDIO_LIST_FILES: readonly ListFile[] = [GLOSSARY_FILE, SOURCES_FILE];
