// Every page of the site that is not an article, once: the header and footer navigation, the tools index and the
// home page, the pages an article may link to (the content check) and the sitemap all read this list.
// A new tool: add it to TOOLS (and its route in app/hulpmiddelen/<path>/page.tsx).

export type Tool = {
  path: `/hulpmiddelen/${string}`;
  /** Short name, as in the menu: "T-score uitleg". */
  name: string;
  /** The question a patient has, as the link text on the home page and the tools index. */
  question: string;
  /** One or two plain sentences: what the tool does for the reader. */
  summary: string;
};

export const TOOLS = [
  {
    path: '/hulpmiddelen/t-score',
    name: 'T-score uitleg',
    question: 'Wat betekent mijn T-score?',
    summary: 'Vul de T-score uit uw uitslagbrief in. U leest wat het getal betekent en wat u kunt doen.',
  },
  {
    path: '/hulpmiddelen/calcium',
    name: 'Calciumcalculator',
    question: 'Krijg ik genoeg calcium?',
    summary: 'Tel wat u op een gewone dag eet en drinkt. U ziet hoeveel calcium dat is en hoeveel u nodig heeft.',
  },
  {
    path: '/hulpmiddelen/mijn-botkaart',
    name: 'Mijn botkaart',
    question: 'Hoe houd ik mijn metingen, medicijnen en vragen bij?',
    summary:
      'Zet uw metingen, botbreuken en medicijnen op één kaart. U ziet wanneer de volgende prik is en print de kaart voor uw afspraak.',
  },
  {
    path: '/hulpmiddelen/botbreukrisico',
    name: 'Botbreukcheck',
    question: 'Moet ik mijn huisarts vragen naar mijn botten?',
    summary: 'Beantwoord een paar vragen. U leest of de huisarts uw kans op een botbreuk wil bekijken.',
  },
  {
    path: '/hulpmiddelen/valrisico',
    name: 'Valcheck: de vragenlijst van de CDC',
    question: 'Heb ik een grotere kans om te vallen?',
    summary: 'Twaalf korte vragen over vallen. U ziet uw punten, wat ze betekenen en wat u kunt doen.',
  },
  {
    path: '/hulpmiddelen/oefenschema',
    name: 'Oefenschema',
    question: 'Welke oefeningen doe ik, en hoe vaak?',
    summary:
      'Kies oefeningen voor uw botten en stel in hoe vaak. Print het schema, met plaatjes en een tabel om af te vinken.',
  },
] as const satisfies readonly Tool[];

export type SitePage = { path: string; label: string; inNavigation: boolean; inSitemap: boolean };

export const PAGES: readonly SitePage[] = [
  { path: '/', label: 'Home', inNavigation: false, inSitemap: true },
  { path: '/artikelen', label: 'Artikelen', inNavigation: true, inSitemap: true },
  { path: '/hulpmiddelen', label: 'Hulpmiddelen', inNavigation: true, inSitemap: true },
  ...TOOLS.map((tool) => ({ path: tool.path, label: tool.name, inNavigation: false, inSitemap: true })),
  { path: '/woordenlijst', label: 'Woordenlijst', inNavigation: true, inSitemap: true },
  { path: '/over', label: 'Over Botwijzer', inNavigation: true, inSitemap: true },
  { path: '/zoeken', label: 'Zoeken', inNavigation: false, inSitemap: false },
];

/** The main navigation, in the order a first-time visitor needs it. */
export const NAVIGATION = PAGES.filter((page) => page.inNavigation).map(({ path, label }) => ({ href: path, label }));

/** The addresses, besides articles, that an article may link to. */
export const LINKABLE_PAGES: readonly string[] = PAGES.map((page) => page.path);
