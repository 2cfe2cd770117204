// The calculator's state in a readable URL fragment, so a link restores a day without sending anything anywhere:
// #leeftijd=72&geslacht=v&osteoporose=ja&halfvolle-melk=2&kaas-48=1,5&supplement-ochtend=500
import { FOODS, SUPPLEMENT_MOMENTS } from './foods';
import { EMPTY_FORM, type AmountId, type CalciumForm } from './form';
import { YES, readFragment, readYes, writeFragment } from '../fragment/fragment';

const AGE_KEY = 'leeftijd';
const SEX_KEY = 'geslacht';
const OSTEOPOROSIS_KEY = 'osteoporose';
/** Longer values are not something a person typed in one of these fields; they are ignored. */
const MAX_VALUE_LENGTH = 40;

const AMOUNT_IDS: readonly AmountId[] = [...FOODS.map((food) => food.id), ...SUPPLEMENT_MOMENTS.map((m) => m.id)];

/** The fragment without "#", fields in a fixed order, empty fields left out; "" for an empty form. */
export function encodeFragment(form: CalciumForm): string {
  return writeFragment([
    [AGE_KEY, form.age],
    [SEX_KEY, form.sex],
    [OSTEOPOROSIS_KEY, form.osteoporosis ? YES : undefined],
    ...AMOUNT_IDS.map((id) => [id, form.amounts[id]] as const),
  ]);
}

/**
 * Reads a fragment ("#..." or without "#"). Returns null when it is not the calculator's (an empty fragment or a
 * section anchor such as "#bronnen"), so the caller leaves the page as it is. Unknown keys and overlong values are
 * skipped; a broken %-escape is kept as typed, so its field shows the usual message. Never throws.
 */
export function decodeFragment(hash: string): CalciumForm | null {
  const entries = readFragment(hash);
  if (entries === null) return null;
  const value = (key: string) => {
    const text = entries.get(key);
    return text === undefined || text.length > MAX_VALUE_LENGTH ? undefined : text;
  };
  const amounts: CalciumForm['amounts'] = {};
  for (const id of AMOUNT_IDS) {
    const text = value(id);
    if (text !== undefined && text !== '') amounts[id] = text;
  }
  const known = [AGE_KEY, SEX_KEY, OSTEOPOROSIS_KEY].some((key) => value(key) !== undefined);
  if (!known && Object.keys(amounts).length === 0) return null;
  return {
    ...EMPTY_FORM,
    age: value(AGE_KEY) ?? '',
    sex: readSex(value(SEX_KEY) ?? ''),
    osteoporosis: readYes(value(OSTEOPOROSIS_KEY)),
    amounts,
  };
}

function readSex(value: string): CalciumForm['sex'] {
  const text = value.toLowerCase();
  if (text === 'v' || text === 'vrouw') return 'v';
  if (text === 'm' || text === 'man') return 'm';
  return '';
}
