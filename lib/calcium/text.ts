// The calculator's result in plain Dutch words (B1, "u"), so the component only renders strings.
import { formatDutchNumber } from '../format/number';
import { SUPPLEMENT_MOMENTS, type Food } from './foods';
import {
  MAX_DOSE_AT_ONCE_MG,
  UPPER_LIMIT_MG,
  type CalciumInput,
  type CalciumResult,
  type CalciumWarning,
} from './calculate';
import { OSTEOPOROSIS_MAX_MG, OSTEOPOROSIS_MIN_MG, type Target } from './targets';
import { formatMg, joinDutch, portionPhrase } from './phrases';
import type { FoodShare } from './intake';

/** "1.000 tot 1.200 mg": the range advised with osteoporosis. */
export const OSTEOPOROSIS_RANGE_TEXT = `${formatDutchNumber(OSTEOPOROSIS_MIN_MG)} tot ${formatMg(OSTEOPOROSIS_MAX_MG)}`;

/** The sentence for the live region: the total and how it compares with the target. */
export function summarySentence(result: CalciumResult): string {
  const total = `U krijgt ongeveer ${formatMg(result.totalMg)} calcium per dag binnen.`;
  if (!result.target || result.differenceMg === null) {
    return `${total} Vul uw leeftijd en geslacht in. Dan ziet u hoeveel u nodig heeft.`;
  }
  const target = formatMg(result.target.mg);
  if (result.differenceMg < 0) {
    return `${total} Dat is ${formatMg(-result.differenceMg)} minder dan de ${target} die wordt aangeraden.`;
  }
  if (result.differenceMg > 0) {
    return `${total} Dat is ${formatMg(result.differenceMg)} meer dan de ${target} die wordt aangeraden.`;
  }
  return `${total} Dat is precies de ${target} die wordt aangeraden.`;
}

function personPhrase(target: Target): string {
  const who = target.sex === 'v' ? 'een vrouw' : 'een man';
  return `${who} van ${target.band.label}`;
}

/** Which number is the target, and why. */
export function targetReason(target: Target): string {
  const usual = `Het gewone advies voor ${personPhrase(target)} is ${formatMg(target.adviceMg)} per dag (Gezondheidsraad).`;
  if (!target.osteoporosis) return `Wij vergelijken met ${formatMg(target.mg)} per dag. ${usual}`;
  const range = `Bij osteoporose of medicijnen tegen osteoporose wordt ${OSTEOPOROSIS_RANGE_TEXT} per dag aangeraden.`;
  const choice =
    target.mg === target.adviceMg
      ? 'Dat valt binnen deze grenzen, dus wij vergelijken daarmee.'
      : `Dat valt buiten deze grenzen, dus wij vergelijken met ${formatMg(target.mg)}.`;
  return `${range} ${usual} ${choice}`;
}

/** The warning text; the component adds a visually hidden "Let op:" before it. */
export function warningText(warning: CalciumWarning): string {
  if (warning.kind === 'boven-bovengrens') {
    return `U krijgt meer dan ${formatMg(UPPER_LIMIT_MG)} calcium per dag binnen. Dat is meer dan de veilige bovengrens voor volwassenen (EFSA). Bespreek dit met uw huisarts of apotheker, zeker als u calciumtabletten gebruikt.`;
  }
  const when = SUPPLEMENT_MOMENTS.filter((moment) => warning.moments.includes(moment.id)).map((m) => m.when);
  return `U neemt ${joinDutch(when)} meer dan ${formatMg(MAX_DOSE_AT_ONCE_MG)} calcium in één keer uit een supplement. Uw lichaam neemt calcium beter op in kleinere porties, verspreid over de dag. Vraag uw huisarts of apotheker hoe u dat het beste doet.`;
}

/** "Eén glas halfvolle melk meer", the accessible name of a + or − button. */
export function stepLabel(food: Pick<Food, 'one'>, delta: 1 | -1): string {
  return `Eén ${food.one} ${delta > 0 ? 'meer' : 'minder'}`;
}

/** One line of the day overview: "2 glazen halfvolle melk: 380 mg" or "Supplement ochtend: 500 mg". */
export function shareLine(share: FoodShare, food: Pick<Food, 'one' | 'many'> | undefined): string {
  const what = food && share.portions !== null ? portionPhrase(food, share.portions) : share.label;
  return `${what}: ${formatMg(share.mg)} (${share.percent}%)`;
}

/** The text alternative of the bar. */
export function barDescription(result: CalciumResult): string {
  const parts = result.perGroup
    .filter((group) => group.mg > 0)
    .map((group) => `${group.label.toLowerCase()} ${formatMg(group.mg)}`);
  const total = `Totaal ${formatMg(result.totalMg)}`;
  const target = result.target ? ` van de ${formatMg(result.target.mg)} die wordt aangeraden` : '';
  const from = parts.length > 0 ? `, uit ${joinDutch(parts)}` : '';
  return `${total}${target}${from}.`;
}

/** The hint under a food's name: "Aantal glazen. 1 glas (150 ml): 190 mg calcium." */
export function portionHint(food: Pick<Food, 'unitWords' | 'portion' | 'mgPerPortion'>): string {
  return `Aantal ${food.unitWords[1] ?? 'porties'}. ${food.portion}: ${formatMg(food.mgPerPortion)} calcium.`;
}

/** Said when typed entries are not counted because they are not valid yet. */
export function invalidNote(count: number): string | null {
  if (count === 0) return null;
  const what = count === 1 ? 'Eén vakje klopt nog niet en telt' : `${count} vakjes kloppen nog niet en tellen`;
  return `${what} daarom niet mee. Bij het vakje staat wat er mis is.`;
}

/** For the printed overview: "Vrouw, 72 jaar, met osteoporose of medicijnen tegen osteoporose." */
export function personSummary(input: CalciumInput): string | null {
  if (input.age === null || input.sex === null) return null;
  const who = input.sex === 'v' ? 'Vrouw' : 'Man';
  const osteoporosis = input.osteoporosis ? ', met osteoporose of medicijnen tegen osteoporose' : '';
  return `${who}, ${input.age} jaar${osteoporosis}.`;
}
