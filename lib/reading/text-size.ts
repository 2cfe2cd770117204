/**
 * The text-size control: three steps, remembered on this device. The stylesheet scales every rem size from the
 * `data-tekst` attribute on <html>; "normaal" is the absence of the attribute, so the page is right without script.
 */
export const TEXT_SIZES = [
  { id: 'normaal', label: 'Normaal' },
  { id: 'groot', label: 'Groot' },
  { id: 'grootst', label: 'Grootst' },
] as const;

export type TextSize = (typeof TEXT_SIZES)[number]['id'];

export const DEFAULT_TEXT_SIZE: TextSize = 'normaal';
export const TEXT_SIZE_STORAGE_KEY = 'botwijzer-tekstgrootte';
export const TEXT_SIZE_ATTRIBUTE = 'data-tekst';

const IDS: readonly string[] = TEXT_SIZES.map((size) => size.id);

/** Anything read from storage or the DOM becomes a known size; unknown values fall back to the default. */
export function parseTextSize(value: unknown): TextSize {
  return typeof value === 'string' && IDS.includes(value) ? (value as TextSize) : DEFAULT_TEXT_SIZE;
}

/** The value for the attribute on <html>, or null to remove it. */
export function textSizeAttributeValue(size: TextSize): string | null {
  return size === DEFAULT_TEXT_SIZE ? null : size;
}

/**
 * Runs inline in <head>, before the first paint, so a reader who chose "Groot" never sees the page jump.
 * ES5 on purpose, and wrapped in try: private modes may refuse localStorage.
 */
export const TEXT_SIZE_SCRIPT = `try{var s=localStorage.getItem(${JSON.stringify(TEXT_SIZE_STORAGE_KEY)});if(${JSON.stringify(
  IDS.filter((id) => id !== DEFAULT_TEXT_SIZE),
)}.indexOf(s)>-1)document.documentElement.setAttribute(${JSON.stringify(TEXT_SIZE_ATTRIBUTE)},s)}catch(e){}`;
