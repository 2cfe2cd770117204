/** The attributes that mark an island in the HTML (Island.tsx writes them, mount.tsx reads them). */
export const ISLAND_ATTRIBUTE = 'data-island';
export const ISLAND_PROPS_ATTRIBUTE = 'data-island-props';
/**
 * Set when the islands' code could not start: on <html> when none could load, on an island's wrapper when that one
 * threw. The stylesheet then treats what is inside as a page without script (the `noscript:` variant hides parts
 * that cannot work as HTML) and shows the `failed:` notices.
 */
export const ISLANDS_FAILED_ATTRIBUTE = 'data-eilanden-mislukt';
