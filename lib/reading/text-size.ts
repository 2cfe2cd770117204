import { parsePreference, preferenceAttributeValue, prePaintScript, type Preference } from './preference';
import { THEME } from './theme';

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

export const TEXT_SIZE = {
  options: TEXT_SIZES,
  defaultId: DEFAULT_TEXT_SIZE,
  storageKey: TEXT_SIZE_STORAGE_KEY,
  attribute: TEXT_SIZE_ATTRIBUTE,
} as const satisfies Preference<TextSize>;

/** Anything read from storage or the DOM becomes a known size; unknown values fall back to the default. */
export const parseTextSize = (value: unknown): TextSize => parsePreference<TextSize>(TEXT_SIZE, value);

/** The value for the attribute on <html>, or null to remove it. */
export const textSizeAttributeValue = (size: TextSize): string | null =>
  preferenceAttributeValue<TextSize>(TEXT_SIZE, size);

/**
 * The layout's one inline script, run before the first paint: it applies the stored text size and the stored colour
 * theme (lib/reading/theme.ts). Its name stays TEXT_SIZE_SCRIPT because the CSP hash is made from this constant.
 */
export const TEXT_SIZE_SCRIPT = prePaintScript([TEXT_SIZE, THEME]);
