// Credit, disclaimer and validation of the fall-risk checklist, as the CDC's reuse terms ask (medical-facts.md
// §10.1, "Reuse terms (CDC)": credit the agency; a prominent disclaimer of endorsement; no CDC logo).
import { FALL_RISK_CUT_OFF, FALL_RISK_ITEMS, FALL_RISK_MAX_SCORE, HEAVY_ITEM_POINTS, ITEM_POINTS } from './items';

/** §10.1: the sheet's suggested credit for a translation, "Bron: CDC STEADI (vertaald)", with the developers named. */
export const FALL_RISK_CREDIT =
  'Bron van de vragen: CDC STEADI, “Check Your Risk for Falling” (vertaald door Botwijzer). De vragen zijn gemaakt ' +
  'door het Greater Los Angeles VA Geriatric Research Education Clinical Center en partners. Dit gebruik betekent ' +
  'niet dat CDC, ATSDR, HHS of de Amerikaanse overheid Botwijzer of deze vertaling steunt.';

/** §10.1: the CDC's own words for the disclaimer. */
export const CDC_DISCLAIMER_EN =
  'Use of this material does not imply endorsement by CDC, ATSDR, HHS or the United States Government.';

export const CDC_DISCLAIMER_NL =
  'Dat wij deze vragen gebruiken, betekent niet dat het CDC, ATSDR, HHS of de Amerikaanse overheid Botwijzer steunt of aanbeveelt.';

/** §10.1 "Validation": Rubenstein et al. 2011 (abstract) and the 2020 study in people with osteoporosis. */
export const VALIDATION = {
  citation:
    'Rubenstein LZ, Vivrette R, Harker JO, Stevens JA, Kramer BJ. Validating an evidence-based, self-rated fall risk questionnaire (FRQ) for older adults. J Safety Res. 2011;42(6):493-499.',
  summary: [
    'De vragenlijst is onderzocht bij 40 mensen van 65 jaar en ouder. De uitkomst kwam goed overeen met die van een onderzoek door een zorgverlener.',
    'Of de lijst ook goed voorspelt wie later valt, moet nog verder onderzocht worden. Dat schrijven de onderzoekers zelf.',
    'In een onderzoek uit 2020 bij 68 mensen met osteoporose hing de score samen met de uitslag van balanstesten.',
  ],
} as const;

const heavy = FALL_RISK_ITEMS.filter((item) => item.points === HEAVY_ITEM_POINTS).map((item) => item.number);

/** How to count by hand (the page without JavaScript, and the printed sheet). */
export const SCORING_TEXT = {
  heavy: `Vraag ${heavy.join(' en ')}: ja is ${HEAVY_ITEM_POINTS} punten.`,
  light: `Alle andere vragen: ja is ${ITEM_POINTS} punt.`,
  no: 'Nee, of geen antwoord, is 0 punten.',
  cutOff: `Heeft u ${FALL_RISK_CUT_OFF} punten of meer? Dan kunt u een grotere kans hebben om te vallen.`,
  max: `Het hoogste aantal punten is ${FALL_RISK_MAX_SCORE}.`,
} as const;
