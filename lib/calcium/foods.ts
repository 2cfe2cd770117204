// The foods the calcium calculator counts, in Dutch household portions.
// Every mg value is taken from the per-portion table in shared/reference/medical-facts.md §3:
// NEVO-online versie 2023/8.0, RIVM, Bilthoven (mg Ca per 100 g × portion grams / 100, rounded).
// Milk-like drinks: 150 ml ≈ 155 g (1 ml ≈ 1,03 g, an assumption noted in the sheet, ~3 % effect).

export const FOOD_GROUPS = ['zuivel', 'plantaardig', 'groente', 'vis-en-overig'] as const;
export type FoodGroup = (typeof FOOD_GROUPS)[number];
/** Supplements are not a food but are shown and charted as their own group. */
export type IntakeGroup = FoodGroup | 'supplementen';

export const GROUP_LABELS: Record<IntakeGroup, string> = {
  zuivel: 'Zuivel',
  plantaardig: 'Plantaardig',
  groente: 'Groente',
  'vis-en-overig': 'Vis en overig',
  supplementen: 'Supplementen',
};

export type Food = {
  /** Used as the key in the URL fragment, so keep it short, readable and stable. */
  id: string;
  name: string;
  group: FoodGroup;
  /** One portion and several portions with the food, as in "1 glas halfvolle melk" and "2 glazen halfvolle melk". */
  one: string;
  many: string;
  /** The unit words a person may type after the number ("½ glas", "2 plakken"): singular first, then plural. */
  unitWords: readonly string[];
  /** The portion in words and in grams or millilitres. */
  portion: string;
  mgPerPortion: number;
  source: string;
  note?: string;
  /** Offered in suggestions to close a gap (well absorbed, a usual amount of calcium per portion). */
  suggest?: boolean;
  /** Cheese: suggestions keep the day within the Voedingscentrum's 40 g of cheese (see MAX_CHEESE_SLICES_PER_DAY). */
  cheese?: boolean;
};

const GLAS = ['glas', 'glazen', 'glaasje', 'glaasjes'];
const SCHAALTJE = ['schaaltje', 'schaaltjes', 'bakje', 'bakjes'];
const PLAK = ['plak', 'plakken', 'plakje', 'plakjes'];
const LEPEL = ['opscheplepel', 'opscheplepels', 'lepel', 'lepels'];
const NEVO = (code: number) => `NEVO-online 2023/8.0, RIVM, code ${code}`;
const PORTION_ESTIMATE = 'De portiegrootte is een gangbare schatting, geen officiële maat.';

export const FOODS = [
  {
    id: 'halfvolle-melk',
    name: 'Halfvolle melk',
    group: 'zuivel',
    one: 'glas halfvolle melk',
    many: 'glazen halfvolle melk',
    unitWords: GLAS,
    portion: '1 glas (150 ml)',
    mgPerPortion: 190,
    source: NEVO(286),
    suggest: true,
  },
  {
    id: 'volle-melk',
    name: 'Volle melk',
    group: 'zuivel',
    one: 'glas volle melk',
    many: 'glazen volle melk',
    unitWords: GLAS,
    portion: '1 glas (150 ml)',
    mgPerPortion: 192,
    source: NEVO(279),
  },
  {
    id: 'magere-melk',
    name: 'Magere melk',
    group: 'zuivel',
    one: 'glas magere melk',
    many: 'glazen magere melk',
    unitWords: GLAS,
    portion: '1 glas (150 ml)',
    mgPerPortion: 195,
    source: NEVO(294),
  },
  {
    id: 'karnemelk',
    name: 'Karnemelk',
    group: 'zuivel',
    one: 'glas karnemelk',
    many: 'glazen karnemelk',
    unitWords: GLAS,
    portion: '1 glas (150 ml)',
    mgPerPortion: 169,
    source: NEVO(289),
    suggest: true,
  },
  {
    id: 'melk-extra-calcium',
    name: 'Halfvolle melk met extra calcium',
    group: 'zuivel',
    one: 'glas melk met extra calcium',
    many: 'glazen melk met extra calcium',
    unitWords: GLAS,
    portion: '1 glas (150 ml)',
    mgPerPortion: 301,
    source: NEVO(1719),
  },
  {
    id: 'yoghurt',
    name: 'Halfvolle yoghurt',
    group: 'zuivel',
    one: 'schaaltje yoghurt',
    many: 'schaaltjes yoghurt',
    unitWords: SCHAALTJE,
    portion: '1 schaaltje (150 g)',
    mgPerPortion: 208,
    source: NEVO(1502),
    suggest: true,
  },
  {
    id: 'kwark',
    name: 'Magere kwark',
    group: 'zuivel',
    one: 'schaaltje kwark',
    many: 'schaaltjes kwark',
    unitWords: SCHAALTJE,
    portion: '1 schaaltje (150 g)',
    mgPerPortion: 208,
    source: NEVO(305),
    suggest: true,
  },
  {
    id: 'vla',
    name: 'Halfvolle vla',
    group: 'zuivel',
    one: 'schaaltje vla',
    many: 'schaaltjes vla',
    unitWords: SCHAALTJE,
    portion: '1 schaaltje (150 g)',
    mgPerPortion: 134,
    source: NEVO(2519),
  },
  {
    id: 'kaas-48',
    name: 'Kaas 48+ (jong belegen)',
    group: 'zuivel',
    one: 'plak kaas 48+',
    many: 'plakken kaas 48+',
    unitWords: PLAK,
    portion: '1 plak (20 g)',
    mgPerPortion: 162,
    source: NEVO(2757),
    suggest: true,
    cheese: true,
  },
  {
    id: 'kaas-30',
    name: 'Kaas 30+ (jong belegen)',
    group: 'zuivel',
    one: 'plak kaas 30+',
    many: 'plakken kaas 30+',
    unitWords: PLAK,
    portion: '1 plak (20 g)',
    mgPerPortion: 210,
    source: NEVO(3163),
    suggest: true,
    cheese: true,
  },
  {
    id: 'sojadrank-met-calcium',
    name: 'Sojadrank mét toegevoegd calcium',
    group: 'plantaardig',
    one: 'glas sojadrank met calcium',
    many: 'glazen sojadrank met calcium',
    unitWords: GLAS,
    portion: '1 glas (150 ml)',
    mgPerPortion: 180,
    source: NEVO(3180),
    suggest: true,
  },
  {
    id: 'sojadrank-zonder-calcium',
    name: 'Sojadrank zónder toegevoegd calcium',
    group: 'plantaardig',
    one: 'glas sojadrank zonder calcium',
    many: 'glazen sojadrank zonder calcium',
    unitWords: GLAS,
    portion: '1 glas (150 ml)',
    mgPerPortion: 26,
    source: NEVO(870),
  },
  {
    id: 'haverdrank-met-calcium',
    name: 'Haverdrank mét toegevoegd calcium',
    group: 'plantaardig',
    one: 'glas haverdrank met calcium',
    many: 'glazen haverdrank met calcium',
    unitWords: GLAS,
    portion: '1 glas (150 ml)',
    mgPerPortion: 178,
    source: NEVO(5427),
  },
  {
    id: 'haverdrank-zonder-calcium',
    name: 'Haverdrank zónder toegevoegd calcium',
    group: 'plantaardig',
    one: 'glas haverdrank zonder calcium',
    many: 'glazen haverdrank zonder calcium',
    unitWords: GLAS,
    portion: '1 glas (150 ml)',
    mgPerPortion: 4,
    source: NEVO(5463),
  },
  {
    id: 'amandeldrank-met-calcium',
    name: 'Amandeldrank mét toegevoegd calcium',
    group: 'plantaardig',
    one: 'glas amandeldrank met calcium',
    many: 'glazen amandeldrank met calcium',
    unitWords: GLAS,
    portion: '1 glas (150 ml)',
    mgPerPortion: 129,
    source: NEVO(5119),
  },
  {
    id: 'amandeldrank-zonder-calcium',
    name: 'Amandeldrank zónder toegevoegd calcium',
    group: 'plantaardig',
    one: 'glas amandeldrank zonder calcium',
    many: 'glazen amandeldrank zonder calcium',
    unitWords: GLAS,
    portion: '1 glas (150 ml)',
    mgPerPortion: 9,
    source: NEVO(5464),
  },
  {
    id: 'soja-yoghurt',
    name: 'Sojavariant van yoghurt, mét toegevoegd calcium',
    group: 'plantaardig',
    one: 'schaaltje soja-yoghurt',
    many: 'schaaltjes soja-yoghurt',
    unitWords: SCHAALTJE,
    portion: '1 schaaltje (150 g)',
    mgPerPortion: 180,
    source: NEVO(5247),
    suggest: true,
  },
  {
    id: 'tofu',
    name: 'Tofu, naturel',
    group: 'plantaardig',
    one: 'portie tofu',
    many: 'porties tofu',
    unitWords: ['portie', 'porties'],
    portion: '1 portie (100 g)',
    mgPerPortion: 100,
    source: NEVO(5519),
  },
  {
    id: 'amandelen',
    name: 'Amandelen, ongezouten',
    group: 'plantaardig',
    one: 'handje amandelen',
    many: 'handjes amandelen',
    unitWords: ['handje', 'handjes'],
    portion: '1 handje (25 g)',
    mgPerPortion: 62,
    source: NEVO(5049),
    note: PORTION_ESTIMATE,
  },
  {
    id: 'boerenkool',
    name: 'Boerenkool, gekookt',
    group: 'groente',
    one: 'opscheplepel boerenkool',
    many: 'opscheplepels boerenkool',
    unitWords: LEPEL,
    portion: '1 opscheplepel (50 g)',
    mgPerPortion: 116,
    source: NEVO(16),
  },
  {
    id: 'broccoli',
    name: 'Broccoli, gekookt',
    group: 'groente',
    one: 'opscheplepel broccoli',
    many: 'opscheplepels broccoli',
    unitWords: LEPEL,
    portion: '1 opscheplepel (50 g)',
    mgPerPortion: 16,
    source: NEVO(920),
  },
  {
    id: 'spinazie',
    name: 'Spinazie, gekookt',
    group: 'groente',
    one: 'opscheplepel spinazie',
    many: 'opscheplepels spinazie',
    unitWords: LEPEL,
    portion: '1 opscheplepel (50 g)',
    mgPerPortion: 42,
    source: NEVO(52),
    note: 'Uw lichaam neemt het calcium uit spinazie maar slecht op. Het telt hier mee, maar in werkelijkheid krijgt u er minder van binnen.',
  },
  {
    id: 'sardines',
    name: 'Sardines in olie, uit blik',
    group: 'vis-en-overig',
    one: 'blikje sardines',
    many: 'blikjes sardines',
    unitWords: ['blikje', 'blikjes'],
    portion: '1 blikje, uitgelekt (90 g)',
    mgPerPortion: 450,
    source: NEVO(355),
    note: `Het calcium zit vooral in de graatjes. ${PORTION_ESTIMATE}`,
  },
  {
    id: 'zalm-blik',
    name: 'Zalm uit blik',
    group: 'vis-en-overig',
    one: 'portie zalm uit blik',
    many: 'porties zalm uit blik',
    unitWords: ['portie', 'porties'],
    portion: '1 portie (100 g)',
    mgPerPortion: 91,
    source: NEVO(602),
  },
  {
    id: 'volkorenbrood',
    name: 'Volkorenbrood',
    group: 'vis-en-overig',
    one: 'snee volkorenbrood',
    many: 'sneetjes volkorenbrood',
    unitWords: ['snee', 'sneeën', 'sneetje', 'sneetjes'],
    portion: '1 snee (35 g)',
    mgPerPortion: 12,
    source: NEVO(246),
    note: PORTION_ESTIMATE,
  },
  {
    id: 'ei',
    name: 'Ei, gekookt',
    group: 'vis-en-overig',
    one: 'ei',
    many: 'eieren',
    unitWords: ['ei', 'eieren'],
    portion: '1 ei (50 g)',
    mgPerPortion: 32,
    source: NEVO(84),
  },
] as const satisfies readonly Food[];

export type FoodId = (typeof FOODS)[number]['id'];
export const FOOD_IDS: readonly FoodId[] = FOODS.map((food) => food.id);

const FOODS_BY_ID = new Map<string, Food>(FOODS.map((food) => [food.id, food]));

export function findFood(id: string): Food | undefined {
  return FOODS_BY_ID.get(id);
}

export function isFoodId(id: string): id is FoodId {
  return FOODS_BY_ID.has(id);
}

/** Supplements are entered in mg per dose, one field per moment of the day, so spreading is visible. */
export const SUPPLEMENT_MOMENTS = [
  { id: 'supplement-ochtend', label: 'Ochtend', when: "'s ochtends" },
  { id: 'supplement-middag', label: 'Middag', when: "'s middags" },
  { id: 'supplement-avond', label: 'Avond', when: "'s avonds" },
] as const;
export type SupplementId = (typeof SUPPLEMENT_MOMENTS)[number]['id'];
export const SUPPLEMENT_IDS: readonly SupplementId[] = SUPPLEMENT_MOMENTS.map((moment) => moment.id);

/**
 * The calculator counts only what the person enters. Other food (vegetables, bread, water) also brings some
 * calcium, but the reference sheet gives no sourced fixed amount for "the rest of the food", so none is added.
 * Kept as a named constant so the choice is visible, shown to the user and tested.
 */
export const REST_OF_FOOD_MG = 0;
