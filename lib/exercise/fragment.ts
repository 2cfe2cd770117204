// The plan in a readable URL fragment, so a physiotherapist can send it as a link and nothing leaves the browser:
// #dagen=3&opdrukken-tegen-de-muur=12x2&op-de-tenen-staan=15x1&notitie=Rustig%20opbouwen
// Exercise keys keep the plan's order. A value is "<amount>x<sets>" (or just "<amount>", one set).
import { findExercise } from './exercises';
import { EMPTY_PLAN, type PlanInput, type PlanItemInput } from './plan';

const DAYS_KEY = 'dagen';
const NOTE_KEY = 'notitie';
/** A link is made by this page or typed by a person; anything longer is neither, and is skipped. */
const MAX_VALUE_LENGTH = 400;
const MAX_ITEMS = 40;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type DecodedPlan = {
  plan: PlanInput;
  /** Exercise ids in the link that this site does not have (an old or mistyped link): left out, and said so. */
  unknownIds: string[];
};

/** A lone UTF-16 surrogate would make encodeURIComponent throw; pasted text may hold one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function encodeValue(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** An "x" typed into a field is escaped, so it cannot be read as the separator of amount and sets. */
function encodePart(text: string): string {
  return encodeValue(text.trim()).replaceAll('x', '%78');
}

/** The fragment without "#"; fields as typed (trimmed), so a link keeps a mistake visible rather than hiding it. */
export function encodePlanFragment(plan: PlanInput): string {
  const pairs = [`${DAYS_KEY}=${encodeValue(plan.days.trim())}`];
  for (const item of plan.items) pairs.push(`${item.id}=${encodePart(item.amount)}x${encodePart(item.sets)}`);
  const note = plan.note.trim();
  if (note !== '') pairs.push(`${NOTE_KEY}=${encodeValue(note)}`);
  return pairs.join('&');
}

function readItem(id: string, raw: string): PlanItemInput | null {
  const split = raw.indexOf('x');
  const amount = safeDecode(split < 0 ? raw : raw.slice(0, split));
  const sets = split < 0 ? '1' : safeDecode(raw.slice(split + 1));
  if (amount === null || sets === null) return null;
  return { id, amount: amount.trim(), sets: sets.trim() };
}

/**
 * Reads a fragment ("#..." or without "#"). Returns null when it is not a plan (empty, or a section anchor such as
 * "#veilig"), so the page stays as it is. Repeated and unknown exercises are left out. Never throws.
 */
export function decodePlanFragment(hash: string): DecodedPlan | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!text.includes('=')) return null;
  const plan: PlanInput = { ...EMPTY_PLAN, items: [] };
  const unknownIds: string[] = [];
  const seen = new Set<string>();
  let known = false;
  for (const pair of text.split('&')) {
    const split = pair.indexOf('=');
    if (split <= 0) continue;
    const key = safeDecode(pair.slice(0, split));
    const raw = pair.slice(split + 1);
    const value = safeDecode(raw);
    if (key === null || value === null || value.length > MAX_VALUE_LENGTH) continue;
    if (key === DAYS_KEY) plan.days = value.trim();
    else if (key === NOTE_KEY) plan.note = value;
    else if (findExercise(key)) {
      const item = readItem(key, raw);
      if (item === null || seen.has(key) || plan.items.length >= MAX_ITEMS) continue;
      seen.add(key);
      plan.items.push(item);
    } else {
      if (KEBAB.test(key) && key.length <= 60 && !unknownIds.includes(key) && unknownIds.length < 10) unknownIds.push(key);
      continue;
    }
    known = true;
  }
  return known || unknownIds.length > 0 ? { plan, unknownIds } : null;
}
