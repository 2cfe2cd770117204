/**
 * A reading preference (text size, colour theme): a few named choices, remembered on this device in localStorage
 * and applied as an attribute on <html> that the stylesheet reads. The default is the absence of the attribute, so
 * a page without script (or without a stored choice) is right as it is.
 */
export type Preference<Id extends string> = {
  options: readonly { id: Id; label: string }[];
  defaultId: Id;
  storageKey: string;
  attribute: string;
};

/** Anything read from storage or the DOM becomes a known choice; unknown values fall back to the default. */
export function parsePreference<Id extends string>(preference: Preference<Id>, value: unknown): Id {
  const match = preference.options.find((option) => option.id === value);
  return match ? match.id : preference.defaultId;
}

/** The value for the attribute on <html>, or null to remove it. */
export function preferenceAttributeValue<Id extends string>(preference: Preference<Id>, id: Id): string | null {
  return id === preference.defaultId ? null : id;
}

/**
 * The one inline script in <head>: it applies every stored preference before the first paint, so a reader who chose
 * "Groot" or "Donker" never sees the page jump or flash. ES5 on purpose, and wrapped in try: private modes may
 * refuse localStorage. Only known values are ever written to the attribute.
 */
export function prePaintScript(preferences: readonly Preference<string>[]): string {
  const table = preferences.map((p) => [
    p.storageKey,
    p.attribute,
    p.options.map((o) => o.id).filter((id) => id !== p.defaultId),
  ]);
  return `try{var d=document.documentElement,p=${JSON.stringify(table)};for(var i=0;i<p.length;i++){var s=localStorage.getItem(p[i][0]);if(p[i][2].indexOf(s)>-1)d.setAttribute(p[i][1],s)}}catch(e){}`;
}
