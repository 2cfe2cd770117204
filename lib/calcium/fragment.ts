// The calculator's state in a readable URL fragment, so a link restores a day without sending anything anywhere:
// #leeftijd=72&geslacht=v&osteoporose=ja&halfvolle-melk=2&kaas-48=1,5&supplement-ochtend=500
import { FOODS, SUPPLEMENT_MOMENTS } from './foods';
import { EMPTY_FORM, type AmountId, type CalciumForm } from './form';

const AGE_KEY = 'leeftijd';
const SEX_KEY = 'geslacht';
const OSTEOPOROSIS_KEY = 'osteoporose';
const YES = 'ja';
/** Longer values are not something a person typed in one of these fields; they are ignored. */
const MAX_VALUE_LENGTH = 40;

const AMOUNT_IDS: readonly AmountId[] = [...FOODS.map((food) => food.id), ...SUPPLEMENT_MOMENTS.map((m) => m.id)];
const AMOUNT_ID_SET = new Set<string>(AMOUNT_IDS);

function isAmountId(key: string): key is AmountId {
  return AMOUNT_ID_SET.has(key);
}

/** A lone UTF-16 surrogate would make encodeURIComponent throw; it cannot be typed, but pasted text may hold one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Keeps the fragment readable: "1,5" stays "1,5" rather than "1%2C5". */
function encodeValue(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD')).replaceAll('%2C', ',');
}

/** The fragment without "#", fields in a fixed order, empty fields left out; "" for an empty form. */
export function encodeFragment(form: CalciumForm): string {
  const pairs: string[] = [];
  const age = form.age.trim();
  if (age !== '') pairs.push(`${AGE_KEY}=${encodeValue(age)}`);
  if (form.sex !== '') pairs.push(`${SEX_KEY}=${form.sex}`);
  if (form.osteoporosis) pairs.push(`${OSTEOPOROSIS_KEY}=${YES}`);
  for (const id of AMOUNT_IDS) {
    const text = form.amounts[id]?.trim() ?? '';
    if (text !== '') pairs.push(`${id}=${encodeValue(text)}`);
  }
  return pairs.join('&');
}

/**
 * Reads a fragment ("#..." or without "#"). Returns null when it is not the calculator's (an empty fragment or a
 * section anchor such as "#bronnen"), so the caller leaves the page as it is. Unknown keys and values that cannot
 * be decoded are skipped. Never throws.
 */
export function decodeFragment(hash: string): CalciumForm | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!text.includes('=')) return null;
  const form: CalciumForm = { ...EMPTY_FORM, amounts: {} };
  let known = false;
  for (const pair of text.split('&')) {
    const split = pair.indexOf('=');
    if (split <= 0) continue;
    const key = safeDecode(pair.slice(0, split));
    const value = safeDecode(pair.slice(split + 1));
    if (key === null || value === null || value.length > MAX_VALUE_LENGTH) continue;
    if (key === AGE_KEY) form.age = value.trim();
    else if (key === SEX_KEY) form.sex = readSex(value);
    else if (key === OSTEOPOROSIS_KEY) form.osteoporosis = value.trim().toLowerCase() === YES;
    else if (isAmountId(key)) {
      if (value.trim() !== '') form.amounts[key] = value.trim();
    }
    else continue;
    known = true;
  }
  return known ? form : null;
}

function readSex(value: string): CalciumForm['sex'] {
  const text = value.trim().toLowerCase();
  if (text === 'v' || text === 'vrouw') return 'v';
  if (text === 'm' || text === 'man') return 'm';
  return '';
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
