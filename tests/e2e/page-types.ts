/** One page of every type the site has, with its name in the tests' titles. */
export const PAGE_TYPES = [
  ['home', '/'],
  ['article index', '/artikelen'],
  ['article', '/artikelen/wat-is-osteoporose'],
  ['article with a tool', '/artikelen/botdichtheidsmeting-dexa'],
  ['about', '/over'],
  ['tools index', '/hulpmiddelen'],
  ['search', '/zoeken'],
  ['glossary', '/woordenlijst'],
  ['T-score tool', '/hulpmiddelen/t-score'],
  ['calcium calculator', '/hulpmiddelen/calcium'],
  ['bone card', '/hulpmiddelen/mijn-botkaart'],
  ['exercise plan', '/hulpmiddelen/oefenschema'],
  ['fracture risk check', '/hulpmiddelen/botbreukrisico'],
  ['fall risk check', '/hulpmiddelen/valrisico'],
  ['not found', '/artikelen/bestaat-niet'],
] as const;
