// The medicines a person can put on the card, each with its schedule and re-evaluation moment from the fact sheet
// (shared/reference/medical-facts.md §5 and §12). Never an interval that is not in the sheet: raloxifene's schedule
// is not in it, so the card asks the person to follow their prescription and computes nothing for it.

/** How the next dose follows. "weekly"/"daily": a tablet on a day; "months": an injection or infusion N months on. */
export type Schedule =
  | { kind: 'weekly' }
  | { kind: 'daily' }
  | { kind: 'months'; months: number }
  | { kind: 'prescription' }
  | { kind: 'supplement' };

export type Medicine = {
  /** The name alone, for a calendar title: "Denosumab". */
  short: string;
  name: string;
  /** How it is given, in words: "1 tablet per week". */
  form: string;
  schedule: Schedule;
  /** "prik", "infuus" or "tablet": the word for one dose in "Volgende prik: …". */
  dose: 'prik' | 'infuus' | 'tablet' | null;
  /** Standard treatment duration after which the doctor re-evaluates, in months from the start. */
  reevaluateAfterMonths: number | null;
  /** The most months it may be used at all. */
  maximumMonths: number | null;
  /** Which date the card asks for: the start, or the last injection/infusion. */
  asks: 'start' | 'start-and-last' | 'none';
  /** A supplement whose dose the person types ("800 IE", "500 mg"). */
  asksDose: boolean;
};

const YEAR = 12;
/**
 * NIV richtlijn "Osteoporose en fractuurpreventie", module Strategieën tijdens behandeling (medical-facts §5):
 * standard re-evaluation after 5 years for alendronate and risedronate, 3 years for zoledronate and denosumab,
 * 2 years for teriparatide, 1 year for romosozumab.
 */
export const REEVALUATE_BISPHOSPHONATE_TABLET_MONTHS = 5 * YEAR;
export const REEVALUATE_ZOLEDRONATE_MONTHS = 3 * YEAR;
export const REEVALUATE_DENOSUMAB_MONTHS = 3 * YEAR;
export const REEVALUATE_TERIPARATIDE_MONTHS = 2 * YEAR;
export const REEVALUATE_ROMOSOZUMAB_MONTHS = 1 * YEAR;
/** Zoledroninezuur (Aclasta) 5 mg IV once a year: medical-facts §5 (Isala, MUMC+) and §12.1 (SmPC). */
export const ZOLEDRONATE_INTERVAL_MONTHS = 12;
/** Denosumab (Prolia) 60 mg s.c. once every 6 months: medical-facts §5 (NHG 2019) and §12.1 (SmPC). */
export const DENOSUMAB_INTERVAL_MONTHS = 6;
/** Romosozumab (Evenity) once monthly for 12 months; next dose not earlier than one month after the last: §12.1. */
export const ROMOSOZUMAB_INTERVAL_MONTHS = 1;
export const ROMOSOZUMAB_MAXIMUM_MONTHS = 12;
/** Ibandroninezuur 150 mg tablet once a month: medical-facts §12.1 (FK preparaattekst, apotheek.nl). */
export const IBANDRONATE_TABLET_INTERVAL_MONTHS = 1;
/** Ibandroninezuur 3 mg IV every 3 months: medical-facts §12.1 (Swiss Fachinformation). */
export const IBANDRONATE_INJECTION_INTERVAL_MONTHS = 3;
/**
 * The NIV module has no standard duration for ibandronate; its SmPC says to reassess "particularly after 5 or more
 * years" (medical-facts §12.3, Re-evaluation), and apotheek.nl "minstens 5 jaar gebruiken" (§12.1).
 */
export const REEVALUATE_IBANDRONATE_MONTHS = 5 * YEAR;
/** Teriparatide 20 µg s.c. daily, maximum 24 months: medical-facts §5 and §12.1. */
export const TERIPARATIDE_MAXIMUM_MONTHS = 24;

export const MEDICINES = {
  'alendronaat-week': {
    short: 'Alendroninezuur',
    name: 'Alendroninezuur, weektablet',
    form: '1 tablet per week, altijd op dezelfde dag',
    schedule: { kind: 'weekly' },
    dose: 'tablet',
    reevaluateAfterMonths: REEVALUATE_BISPHOSPHONATE_TABLET_MONTHS,
    maximumMonths: null,
    asks: 'start',
    asksDose: false,
  },
  'alendronaat-dag': {
    short: 'Alendroninezuur',
    name: 'Alendroninezuur, dagtablet',
    form: '1 tablet per dag',
    schedule: { kind: 'daily' },
    dose: 'tablet',
    reevaluateAfterMonths: REEVALUATE_BISPHOSPHONATE_TABLET_MONTHS,
    maximumMonths: null,
    asks: 'start',
    asksDose: false,
  },
  'risedronaat-week': {
    short: 'Risedroninezuur',
    name: 'Risedroninezuur, weektablet',
    form: '1 tablet per week, altijd op dezelfde dag',
    schedule: { kind: 'weekly' },
    dose: 'tablet',
    reevaluateAfterMonths: REEVALUATE_BISPHOSPHONATE_TABLET_MONTHS,
    maximumMonths: null,
    asks: 'start',
    asksDose: false,
  },
  'ibandronaat-maand': {
    short: 'Ibandroninezuur',
    name: 'Ibandroninezuur, maandtablet',
    form: '1 tablet van 150 mg per maand',
    schedule: { kind: 'months', months: IBANDRONATE_TABLET_INTERVAL_MONTHS },
    dose: 'tablet',
    reevaluateAfterMonths: REEVALUATE_IBANDRONATE_MONTHS,
    maximumMonths: null,
    asks: 'start-and-last',
    asksDose: false,
  },
  'ibandronaat-prik': {
    short: 'Ibandroninezuur',
    name: 'Ibandroninezuur, prik in een ader',
    form: '1 prik van 3 mg in een ader, elke 3 maanden',
    schedule: { kind: 'months', months: IBANDRONATE_INJECTION_INTERVAL_MONTHS },
    dose: 'prik',
    reevaluateAfterMonths: REEVALUATE_IBANDRONATE_MONTHS,
    maximumMonths: null,
    asks: 'start-and-last',
    asksDose: false,
  },
  zoledronaat: {
    short: 'Zoledroninezuur',
    name: 'Zoledroninezuur, infuus',
    form: '1 infuus per jaar (merknaam Aclasta)',
    schedule: { kind: 'months', months: ZOLEDRONATE_INTERVAL_MONTHS },
    dose: 'infuus',
    reevaluateAfterMonths: REEVALUATE_ZOLEDRONATE_MONTHS,
    maximumMonths: null,
    asks: 'start-and-last',
    asksDose: false,
  },
  denosumab: {
    short: 'Denosumab',
    name: 'Denosumab, prik',
    form: '1 prik onder de huid, elke 6 maanden (merknaam Prolia)',
    schedule: { kind: 'months', months: DENOSUMAB_INTERVAL_MONTHS },
    dose: 'prik',
    reevaluateAfterMonths: REEVALUATE_DENOSUMAB_MONTHS,
    maximumMonths: null,
    asks: 'start-and-last',
    asksDose: false,
  },
  teriparatide: {
    short: 'Teriparatide',
    name: 'Teriparatide, prik',
    form: '1 prik per dag, hoogstens 24 maanden (merknaam onder andere Forsteo)',
    schedule: { kind: 'daily' },
    dose: 'prik',
    reevaluateAfterMonths: REEVALUATE_TERIPARATIDE_MONTHS,
    maximumMonths: TERIPARATIDE_MAXIMUM_MONTHS,
    asks: 'start',
    asksDose: false,
  },
  romosozumab: {
    short: 'Romosozumab',
    name: 'Romosozumab, prik',
    form: '1 keer per maand een prik, hoogstens 12 maanden (merknaam Evenity)',
    schedule: { kind: 'months', months: ROMOSOZUMAB_INTERVAL_MONTHS },
    dose: 'prik',
    reevaluateAfterMonths: REEVALUATE_ROMOSOZUMAB_MONTHS,
    maximumMonths: ROMOSOZUMAB_MAXIMUM_MONTHS,
    asks: 'start-and-last',
    asksDose: false,
  },
  raloxifeen: {
    short: 'Raloxifeen',
    name: 'Raloxifeen, tablet',
    form: 'volgens uw recept',
    schedule: { kind: 'prescription' },
    dose: null,
    reevaluateAfterMonths: null,
    maximumMonths: null,
    asks: 'start',
    asksDose: false,
  },
  calcium: {
    short: 'Calcium',
    name: 'Calcium',
    form: 'tablet of kauwtablet',
    schedule: { kind: 'supplement' },
    dose: null,
    reevaluateAfterMonths: null,
    maximumMonths: null,
    asks: 'none',
    asksDose: true,
  },
  'vitamine-d': {
    short: 'Vitamine D',
    name: 'Vitamine D',
    form: 'tablet, capsule of druppels',
    schedule: { kind: 'supplement' },
    dose: null,
    reevaluateAfterMonths: null,
    maximumMonths: null,
    asks: 'none',
    asksDose: true,
  },
} as const satisfies Record<string, Medicine>;

export type MedicineId = keyof typeof MEDICINES;
export const MEDICINE_IDS = Object.keys(MEDICINES) as MedicineId[];

export function isMedicineId(value: unknown): value is MedicineId {
  return typeof value === 'string' && Object.hasOwn(MEDICINES, value);
}

export function medicine(id: MedicineId): Medicine {
  return MEDICINES[id];
}
