// The plan in a readable URL fragment, so a physiotherapist can send it as a link and nothing leaves the browser:
// #dagen=3&opdrukken-tegen-de-muur=12x2&op-de-tenen-staan=15x1&notitie=Rustig%20opbouwen
// Exercise keys keep the plan's order. A value is "<amount>x<sets>" (or just "<amount>", one set). Reading and
// writing go through lib/fragment, like every tool.
import { readFragment, writeFragment } from '@/lib/fragment/fragment';
import { findExercise } from './exercises';
import { EMPTY_PLAN, type PlanInput, type PlanItemInput } from './plan';

const DAYS_KEY = 'dagen';
const NOTE_KEY = 'notitie';
const SEPARATOR = 'x';
/** More than the library holds; a longer list is not a plan this page made. */
const MAX_ITEMS = 40;
const MAX_UNKNOWN = 10;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type DecodedPlan = {
  plan: PlanInput;
  /** Exercise ids in the link that this site does not have (an old or mistyped link): left out, and said so. */
  unknownIds: string[];
};

/** The fragment without "#"; fields as typed (trimmed), so a link keeps a mistake visible rather than hiding it. */
export function encodePlanFragment(plan: PlanInput): string {
  return writeFragment([
    [DAYS_KEY, plan.days],
    ...plan.items.map((item) => [item.id, `${item.amount.trim()}${SEPARATOR}${item.sets.trim()}`] as const),
    [NOTE_KEY, plan.note],
  ]);
}

// The amount is digits when it is right; a wrong one ("1x") may lose its "x" here, and then gets its message anyway.
function readItem(id: string, value: string): PlanItemInput {
  const split = value.indexOf(SEPARATOR);
  if (split < 0) return { id, amount: value, sets: '1' };
  return { id, amount: value.slice(0, split).trim(), sets: value.slice(split + 1).trim() };
}

/**
 * Reads a fragment ("#..." or without "#"). Returns null when it is not a plan (empty, or a section anchor such as
 * "#veilig-oefenen"), so the page stays as it is. Unknown exercises are left out and named. Never throws.
 */
export function decodePlanFragment(hash: string): DecodedPlan | null {
  const entries = readFragment(hash);
  if (entries === null) return null;
  const plan: PlanInput = { ...EMPTY_PLAN, items: [] };
  const unknownIds: string[] = [];
  for (const [key, value] of entries) {
    if (key === DAYS_KEY) plan.days = value;
    else if (key === NOTE_KEY) plan.note = value;
    else if (findExercise(key)) {
      if (plan.items.length < MAX_ITEMS) plan.items.push(readItem(key, value));
    } else if (KEBAB.test(key) && key.length <= 60 && unknownIds.length < MAX_UNKNOWN) unknownIds.push(key);
  }
  return { plan, unknownIds };
}
