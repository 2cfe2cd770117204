import { parsePreference, preferenceAttributeValue, type Preference } from './preference';

/**
 * The colour theme: light, dark, or whatever the device asks for (prefers-color-scheme), which is the default and
 * the absence of the attribute. app/globals.css holds the colours of both themes as CSS variables.
 */
export const THEME = {
  options: [
    { id: 'licht', label: 'Licht' },
    { id: 'donker', label: 'Donker' },
    { id: 'apparaat', label: 'Zoals mijn apparaat' },
  ],
  defaultId: 'apparaat',
  storageKey: 'botwijzer-thema',
  attribute: 'data-thema',
} as const satisfies Preference<string>;

export type Theme = (typeof THEME.options)[number]['id'];

export const parseTheme = (value: unknown): Theme => parsePreference<Theme>(THEME, value);
export const themeAttributeValue = (theme: Theme): string | null => preferenceAttributeValue<Theme>(THEME, theme);
