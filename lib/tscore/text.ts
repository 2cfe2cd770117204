// The T-score tool's words: site names, group names, categories with their meaning, next steps, articles.
// Plain Dutch (B1, "u"). The thresholds come from classify.ts, so a number is never written twice.
import {
  T_NORMAL_AT_OR_ABOVE,
  T_SCORE_MEN_FROM_AGE,
  T_OSTEOPOROSIS_AT_OR_BELOW,
  Z_BELOW_EXPECTED_AT_OR_BELOW,
  formatScore,
  type CategoryId,
  type Group,
  type Site,
} from './classify';

/** What a site is called on the page; the hint names what it is often called on a report. */
export const SITE_TEXT: Record<Site, { label: string; hint: string }> = {
  wervelkolom: {
    label: 'lendenwervels (wervelkolom)',
    hint: 'Op de uitslag soms: L1-L4, lumbale wervelkolom of spine.',
  },
  heup: { label: 'totale heup', hint: 'Op de uitslag soms: heup totaal of total hip.' },
  dijbeenhals: { label: 'dijbeenhals', hint: 'Op de uitslag soms: collum femoris of femoral neck.' },
};

export const GROUP_TEXT: Record<Group, string> = {
  t: `Een vrouw na de overgang, of een man van ${T_SCORE_MEN_FROM_AGE} jaar of ouder`,
  z: `Een vrouw voor de overgang, of een man jonger dan ${T_SCORE_MEN_FROM_AGE} jaar`,
};

export type ArticleLink = { href: string; title: string };

export const RELATED_ARTICLES: readonly ArticleLink[] = [
  { href: '/artikelen/botdichtheidsmeting-dexa', title: 'De botdichtheidsmeting (DEXA-scan)' },
  { href: '/artikelen/medicijnen', title: 'Medicijnen bij osteoporose' },
  { href: '/artikelen/bewegen-en-oefeningen', title: 'Bewegen en oefeningen' },
];

const t = {
  normal: formatScore(T_NORMAL_AT_OR_ABOVE),
  porosis: formatScore(T_OSTEOPOROSIS_AT_OR_BELOW),
  z: formatScore(Z_BELOW_EXPECTED_AT_OR_BELOW),
};

/** The name of each category and what it means, in words; also used for the table of bands on the page. */
export const CATEGORY_TEXT: Record<CategoryId, { label: string; range: string; meaning: string }> = {
  normaal: {
    label: 'Normaal',
    range: `${t.normal} of hoger`,
    meaning: `Een T-score van ${t.normal} of hoger heet normaal. Uw botten zijn dan ongeveer even stevig als bij een gezonde jonge volwassene.`,
  },
  osteopenie: {
    label: 'Osteopenie',
    range: `lager dan ${t.normal} en hoger dan ${t.porosis}`,
    meaning: `Een T-score tussen ${t.normal} en ${t.porosis} heet osteopenie. Uw botten zijn wat minder stevig dan bij een gezonde jonge volwassene. Dit is nog geen osteoporose.`,
  },
  osteoporose: {
    label: 'Osteoporose',
    range: `${t.porosis} of lager`,
    meaning: `Een T-score van ${t.porosis} of lager heet osteoporose. Uw botten zijn dan minder stevig. Daardoor kan een bot sneller breken, ook bij een kleine val.`,
  },
  'ernstige-osteoporose': {
    label: 'Ernstige osteoporose',
    range: `${t.porosis} of lager, en een botbreuk na een kleine val of stoot`,
    meaning: `Een T-score van ${t.porosis} of lager heet osteoporose. U had ook een botbreuk na een kleine val of stoot. Samen heet dat ernstige osteoporose.`,
  },
  'binnen-verwachting': {
    label: 'Binnen de verwachting voor uw leeftijd',
    range: `hoger dan ${t.z}`,
    meaning: `Een Z-score hoger dan ${t.z} betekent: uw botdichtheid past bij mensen van uw leeftijd.`,
  },
  'lager-dan-verwacht': {
    label: 'Lager dan verwacht voor uw leeftijd',
    range: `${t.z} of lager`,
    meaning: `Een Z-score van ${t.z} of lager betekent: uw botdichtheid is lager dan bij de meeste mensen van uw leeftijd. Een arts kijkt dan ook naar andere dingen, zoals eerdere botbreuken en medicijnen.`,
  },
};

export const Z_INTRO = `Voor vrouwen voor de overgang en mannen jonger dan ${T_SCORE_MEN_FROM_AGE} jaar kijken artsen naar de Z-score. Die vergelijkt uw botten met die van mensen van uw eigen leeftijd.`;
export const TALK =
  'Bespreek de uitslag met uw huisarts, of met de arts die de meting heeft aangevraagd. Neem uw uitslag mee.';
export const RISK_T =
  'In Nederland hangt een behandeling af van uw kans op een botbreuk, niet alleen van de T-score. De arts kijkt bijvoorbeeld ook naar eerdere botbreuken, vallen, medicijnen en uw leeftijd.';
export const RISK_Z =
  'Een Z-score alleen is geen diagnose. De arts kijkt ook naar uw klachten, eerdere botbreuken en medicijnen.';
export const FRACTURE =
  'U had een botbreuk na een kleine val of stoot. Vertel dat aan uw huisarts. Zo’n breuk is belangrijk voor de arts, wat uw score ook is.';
