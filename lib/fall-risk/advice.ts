// What to do after the fall-risk checklist, in plain Dutch. Below the cut-off: the brochure's own advice for staying
// steady (medical-facts.md §10.1, CDC copy of the brochure). At or above it: the Dutch fall-prevention pathway
// (§10.2: screening questions, valrisicotest, valanalyse, beweegprogramma) and who pays (§10.3).
// The laag/matig/hoog rule of the Dutch test card is UNVERIFIED (§10.2, §14 item 8): the tool never applies it.

export type AdviceLink = { href: string; title: string };
export type AdviceStep = { text: string; link?: AdviceLink };

export const FALL_PREVENTION_LINK: AdviceLink = {
  href: '/artikelen/vallen-voorkomen',
  title: 'Vallen voorkomen: zo maakt u uw huis veiliger',
};
export const EXERCISE_LINK: AdviceLink = {
  href: '/artikelen/bewegen-en-oefeningen',
  title: 'Bewegen en oefeningen voor uw evenwicht',
};

/** §10.2: the three questions that start the Dutch pathway, as the page says them. */
export const SCREENING_QUESTIONS_TEXT =
  'Bent u het afgelopen jaar gevallen? Bent u bezorgd om te vallen? Heeft u moeite met bewegen, lopen of uw evenwicht?';

/** §10.1 (CDC brochure advice): legs and balance, medicines, eyes, home. */
const STAY_STEADY: readonly AdviceStep[] = [
  { text: 'Blijf bewegen. Oefeningen voor sterke benen en een goed evenwicht helpen het meest.', link: EXERCISE_LINK },
  {
    text: 'Vraag uw huisarts of apotheker om uw medicijnen na te kijken. Sommige medicijnen maken duizelig of slaperig.',
  },
  { text: 'Laat uw ogen elk jaar controleren.' },
  { text: 'Maak uw huis veiliger, met de checklist in het artikel over vallen voorkomen.', link: FALL_PREVENTION_LINK },
];

/** §10.2: anyone may ask the three questions; raised risk leads to a professional. No yes-to-level rule is applied. */
const SCREENING_NOTE: AdviceStep = {
  text:
    'In Nederland beginnen zorgverleners met drie vragen: ' +
    SCREENING_QUESTIONS_TEXT +
    ' U zei ja op een vraag die daarover gaat. Bespreek het met uw huisarts of de praktijkondersteuner.',
};

/** §10.2 (chain: valrisicotest → valanalyse at high risk → intervention) and §10.3 (reimbursement since 1 Jan 2024). */
const PATHWAY: readonly AdviceStep[] = [
  {
    text: 'Maak een afspraak met uw huisarts of de praktijkondersteuner. Neem deze uitslag mee. Print hem met de knop “Print voor uw huisarts”.',
  },
  {
    text:
      'Samen doet u een korte valrisicotest. Is uw kans om te vallen hoog? Dan volgt de valanalyse. Daarin kijkt de ' +
      'zorgverlener naar 13 dingen, zoals uw medicijnen, uw ogen, uw voeten en uw huis.',
  },
  {
    text:
      'Daarna kunt u een beweegprogramma volgen om sterker en stabieler te worden. Dat kan bij een fysiotherapeut of ' +
      'oefentherapeut, of bij een cursus die uw gemeente regelt.',
    link: EXERCISE_LINK,
  },
  {
    text:
      'Betaalt de basisverzekering? Sinds 1 januari 2024 alleen als uw kans om te vallen hoog is én u door een andere ' +
      'lichamelijke of psychische klacht begeleiding van een fysiotherapeut nodig heeft. U heeft dan een verwijzing ' +
      'van uw huisarts nodig en het eigen risico geldt. Anders regelt vaak de gemeente een cursus. Soms betaalt een ' +
      'aanvullende verzekering. Verzekeraars doen het niet allemaal hetzelfde: vraag het uw eigen zorgverzekeraar.',
  },
  { text: 'Vraag uw huisarts of apotheker om uw medicijnen na te kijken.' },
  { text: 'Maak uw huis veiliger, met de checklist in het artikel over vallen voorkomen.', link: FALL_PREVENTION_LINK },
];

export function adviceFor(higherRisk: boolean, touchesScreening: boolean): readonly AdviceStep[] {
  if (higherRisk) return PATHWAY;
  return touchesScreening ? [SCREENING_NOTE, ...STAY_STEADY] : STAY_STEADY;
}
