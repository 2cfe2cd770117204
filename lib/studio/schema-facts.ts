import { z } from 'zod';
import {
  articleFrontmatterSchema,
  glossaryEntrySchema,
  sourceEntrySchema,
  type ArticleFrontmatter,
  type GlossaryEntry,
} from '../content/schema';

/**
 * What the studio's forms need to know about the zod schemas (limits, choices, which fields are required), read
 * from the schemas themselves through their JSON Schema, so a changed limit or topic reaches the studio on its own.
 */
export type JsonProperty = {
  type?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  enum?: string[];
  pattern?: string;
  format?: string;
  anyOf?: JsonProperty[];
  default?: unknown;
  items?: JsonProperty;
  properties?: Record<string, JsonProperty>;
  required?: string[];
};

export type JsonObject = { properties: Record<string, JsonProperty>; required?: string[] };

function jsonSchema(schema: z.ZodType): JsonObject {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonObject;
}

function property<T extends JsonObject>(schema: T, key: string): JsonProperty {
  const found = schema.properties[key];
  if (!found) throw new Error(`schema has no field "${key}"`);
  return found;
}

export const ARTICLE_JSON_SCHEMA = jsonSchema(articleFrontmatterSchema);
export const GLOSSARY_JSON_SCHEMA = jsonSchema(glossaryEntrySchema);
export const SOURCE_JSON_SCHEMA = jsonSchema(sourceEntrySchema);

export function articleField(key: keyof ArticleFrontmatter): JsonProperty {
  return property(ARTICLE_JSON_SCHEMA, key);
}

export function glossaryField(key: keyof GlossaryEntry): JsonProperty {
  return property(GLOSSARY_JSON_SCHEMA, key);
}

export function isRequired(schema: JsonObject, key: string): boolean {
  return schema.required?.includes(key) ?? false;
}
