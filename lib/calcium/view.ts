// Everything the calculator shows, computed from the form in one call, so the component only renders.
import { FOODS, findFood, type IntakeGroup } from './foods';
import { calculateCalcium, type CalciumResult } from './calculate';
import { parseCalciumForm, type CalciumForm, type FieldId } from './form';
import { barLayout, type BarLayout } from './intake';
import { formatMg } from './phrases';
import {
  barDescription,
  invalidNote,
  personSummary,
  shareLine,
  summarySentence,
  targetReason,
  warningText,
} from './text';

export type CalciumView = {
  result: CalciumResult;
  errors: Partial<Record<FieldId, string>>;
  /** For the live region. */
  summary: string;
  /** The compact bar that keeps the day in view on a phone: "Totaal 855 mg" and "Advies 1.200 mg" (or null). */
  compact: { total: string; target: string | null };
  targetReason: string | null;
  /** "Vrouw, 72 jaar." for the printed overview, where the form itself is not printed. */
  person: string | null;
  invalidNote: string | null;
  warnings: string[];
  suggestions: string[];
  /** Said instead of suggestions when there is no gap, or no target yet. */
  noSuggestionText: string;
  /** Where the calcium comes from, one line per food or supplement. */
  dayLines: string[];
  /** The fixed amount counted for the rest of the food, in words: shown, never hidden. */
  restText: string;
  /** "380 mg" per food eaten, for the line next to its counter. */
  subtotals: Partial<Record<string, string>>;
  bar: {
    layout: BarLayout;
    /** The text alternative, e.g. "Totaal 855 mg van de 1.200 mg die wordt aangeraden, uit zuivel 831 mg …". */
    description: string;
    /** "Zwarte streep: het advies, 1.200 mg", or null without a target. */
    targetText: string | null;
    /** "0 mg" and the formatted end of the scale. */
    scaleStart: string;
    scaleEnd: string;
    /** Legend lines per group with calcium, e.g. "Zuivel: 831 mg (97%)". */
    legend: { group: IntakeGroup; text: string }[];
  };
};

export function calciumView(form: CalciumForm): CalciumView {
  const { input, errors } = parseCalciumForm(form);
  const result = calculateCalcium(input);
  const layout = barLayout(result.perGroup, result.totalMg, result.target?.mg ?? null);
  return {
    result,
    errors,
    summary: summarySentence(result),
    compact: {
      total: `Totaal ${formatMg(result.totalMg)}`,
      target: result.target ? `Advies ${formatMg(result.target.mg)}` : null,
    },
    targetReason: result.target ? targetReason(result.target) : null,
    person: personSummary(input),
    invalidNote: invalidNote(Object.keys(errors).length),
    warnings: result.warnings.map(warningText),
    suggestions: result.suggestions.map((suggestion) => suggestion.text),
    noSuggestionText: result.target
      ? 'U krijgt genoeg calcium binnen volgens het advies. Meer is niet nodig.'
      : 'Vul uw leeftijd en geslacht in. Dan ziet u hier hoe u een tekort kunt aanvullen.',
    dayLines: result.perFood.map((share) => shareLine(share, findFood(share.id))),
    restText: `voor de rest van uw eten rekenen wij ${formatMg(result.restMg)}`,
    subtotals: Object.fromEntries(
      result.perFood
        .filter((share) => FOODS.some((food) => food.id === share.id))
        .map((share) => [share.id, formatMg(share.mg)]),
    ),
    bar: {
      layout,
      description: barDescription(result),
      targetText: result.target ? `Zwarte streep: het advies, ${formatMg(result.target.mg)}` : null,
      scaleStart: formatMg(0),
      scaleEnd: formatMg(layout.scaleMg),
      legend: result.perGroup
        .filter((group) => group.mg > 0)
        .map((group) => ({ group: group.group, text: `${group.label}: ${formatMg(group.mg)} (${group.percent}%)` })),
    },
  };
}
