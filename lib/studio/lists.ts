import type { ListFile } from './list-files';
import { GLOSSARY_JSON_SCHEMA, SOURCE_JSON_SCHEMA, type JsonObject } from './schema-facts';

function optionalKeys(schema: JsonObject): string[] {
  return Object.keys(schema.properties).filter((key) => !schema.required?.includes(key));
}

export const GLOSSARY_FILE: ListFile = { path: 'content/woordenlijst.yml', key: 'termen', optionalKeys: optionalKeys(GLOSSARY_JSON_SCHEMA) };

export const SOURCES_FILE: ListFile = { path: 'content/bronnen.yml', key: 'bronnen', optionalKeys: optionalKeys(SOURCE_JSON_SCHEMA) };

/** Every list file the studio edits through a view. */
export const STUDIO_LIST_FILES: readonly ListFile[] = [GLOSSARY_FILE, SOURCES_FILE];
