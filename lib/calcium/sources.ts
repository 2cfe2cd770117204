// The sources behind the calcium calculator, shown on its page (medical-facts.md §2 and §3).

/** The date the numbers were last checked against the reference sheet. */
export const CALCIUM_REVIEWED = '2026-11-22';

export type CalciumSource = {
  title: string;
  publisher: string;
  year?: number;
  url?: string;
  /** The name on the printed page, where only one line fits. */
  short: string;
};

export const CALCIUM_SOURCES: readonly CalciumSource[] = [
  {
    title: 'Voedingsnormen voor vitamines en mineralen voor volwassenen (advies 2018/19)',
    publisher: 'Gezondheidsraad',
    year: 2018,
    short: 'Gezondheidsraad (2018)',
  },
  {
    title: 'Aanbevelingen vitamines en mineralen',
    publisher: 'Voedingscentrum',
    short: 'Voedingscentrum',
    url: 'https://www.voedingscentrum.nl/professionals/huisartsen/vitamines-mineralen-supplementen/aanbevelingen-vitamines-en-mineralen.aspx',
  },
  {
    title: 'NEVO-online versie 2023/8.0',
    publisher: 'RIVM, Bilthoven',
    year: 2023,
    short: 'NEVO-online 2023/8.0 (RIVM)',
  },
  {
    title: 'Scientific Opinion on the Tolerable Upper Intake Level of calcium',
    publisher: 'EFSA',
    year: 2012,
    short: 'EFSA (2012)',
    url: 'http://www.efsa.europa.eu/en/efsajournal/pub/2814.htm',
  },
  {
    title: 'Indicatietekst Osteoporose',
    publisher: 'Farmacotherapeutisch Kompas',
    short: 'Farmacotherapeutisch Kompas',
    url: 'https://www.farmacotherapeutischkompas.nl/bladeren/indicatieteksten/osteoporose',
  },
];

/** "Gezondheidsraad (2018); Voedingscentrum; …" for the printed page, where the list would not fit. */
export function sourcesInOneLine(): string {
  return CALCIUM_SOURCES.map((source) => source.short).join('; ');
}
