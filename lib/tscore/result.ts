// The T-score tool's result in plain Dutch (B1, "u"): category, meaning, next step and articles. It explains and
// never diagnoses: in the Netherlands treatment depends on fracture risk, not on the T-score alone (NHG-Standaard
// Fractuurpreventie; Farmacotherapeutisch Kompas; medical-facts 1.5).
import {
  SITES,
  evaluateScores,
  formatScore,
  type CategoryId,
  type Evaluation,
  type ScoreName,
  type Site,
  type TScoreInput,
} from './classify';
import { normaliseNumberText } from '../format/number';
import type { FormCheck, TScoreFormValues } from './input';
import {
  CATEGORY_TEXT,
  FRACTURE,
  RELATED_ARTICLES,
  RISK_T,
  RISK_Z,
  SITE_TEXT,
  TALK,
  Z_INTRO,
  type ArticleLink,
} from './text';

export type TScoreResult = {
  categoryId: CategoryId;
  /** The category in words, e.g. "Osteoporose". */
  label: string;
  scoreName: ScoreName;
  value: number;
  valueText: string;
  /** The site(s) with the lowest score, which decides the category. */
  lowestSites: Site[];
  /** Which score counted and where it was measured. */
  summary: string;
  explanation: string[];
  nextSteps: string[];
  links: readonly ArticleLink[];
  /** "Let op" notes: values we rounded, values outside the usual range. Empty for most results. */
  notes: string[];
  /** Every site filled in, for the list under the result (only shown for more than one site). */
  perSite: { site: Site; label: string; valueText: string; categoryLabel: string; detail: string }[];
  evaluation: Evaluation;
};

function siteList(sites: readonly Site[]): string {
  return sites.map((site) => `de ${SITE_TEXT[site].label}`).join(' en ');
}

/** The full result for the page; null when no site has a score. */
export function describeTScore(input: TScoreInput): TScoreResult | null {
  const evaluation = evaluateScores(input);
  if (evaluation === null) return null;
  const { categoryId, scoreName, value, lowestSites, perSite } = evaluation;
  const valueText = formatScore(value);
  const where = siteList(lowestSites);
  const summary =
    perSite.length > 1
      ? `U vulde ${perSite.length} scores in. De laagste score telt: ${valueText}, gemeten bij ${where}.`
      : `Uw ${scoreName} is ${valueText}, gemeten bij ${where}.`;
  const isZ = evaluation.group === 'z';
  const explanation = isZ ? [Z_INTRO, CATEGORY_TEXT[categoryId].meaning] : [CATEGORY_TEXT[categoryId].meaning];
  const nextSteps = [TALK, isZ ? RISK_Z : RISK_T];
  if (evaluation.fracture && categoryId !== 'ernstige-osteoporose') nextSteps.push(FRACTURE);
  return {
    categoryId,
    label: CATEGORY_TEXT[categoryId].label,
    scoreName,
    value,
    valueText,
    lowestSites,
    summary,
    explanation,
    nextSteps,
    links: RELATED_ARTICLES,
    notes: [],
    perSite: perSite.map((entry) => ({
      site: entry.site,
      label: capitalise(SITE_TEXT[entry.site].label),
      valueText: formatScore(entry.value),
      categoryLabel: CATEGORY_TEXT[entry.categoryId].label,
      detail: `${formatScore(entry.value)} (${CATEGORY_TEXT[entry.categoryId].label.toLowerCase()})`,
    })),
    evaluation,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The result for a checked form, with a note for every value that was rounded or is unusual; null on errors. */
export function describeTScoreForm(values: TScoreFormValues, check: FormCheck): TScoreResult | null {
  if (check.input === null) return null;
  const result = describeTScore(check.input);
  if (result === null) return null;
  const notes = SITES.flatMap((site) => {
    const { parse, warning } = check.fields[site];
    if (parse.status !== 'valid') return [];
    const name = capitalise(SITE_TEXT[site].label);
    const rounded = parse.wasRounded
      ? [
          `${name}: u typte ${normaliseNumberText(values.texts[site])}. Op een uitslag staat één cijfer achter de komma. Wij rekenen daarom met ${formatScore(parse.value)}.`,
        ]
      : [];
    return warning === null ? rounded : [...rounded, `${name}: ${warning}`];
  });
  return { ...result, notes };
}
