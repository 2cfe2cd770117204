/** The attributes that mark an island in the HTML (Island.tsx writes them, mount.tsx reads them). */
export const ISLAND_ATTRIBUTE = 'data-island';
export const ISLAND_PROPS_ATTRIBUTE = 'data-island-props';
