import { describe, expect, test } from 'vitest';
import { parseTheme, THEME, themeAttributeValue } from '@/lib/reading/theme';
import { TEXT_SIZE_SCRIPT } from '@/lib/reading/text-size';

describe('colour themes', () => {
  test('three choices, named in Dutch, following the device by default', () => {
    expect(THEME.options.map((o) => o.label)).toEqual(['Licht', 'Donker', 'Zoals mijn apparaat']);
    expect(parseTheme(null)).toBe('apparaat');
  });

  test.each([
    ['donker', 'donker'],
    ['licht', 'licht'],
    ['dark', 'apparaat'],
    [7, 'apparaat'],
  ])('%j is read as %s', (value, expected) => {
    expect(parseTheme(value)).toBe(expected);
  });

  test('following the device removes the attribute, so prefers-color-scheme decides', () => {
    expect(themeAttributeValue('apparaat')).toBeNull();
    expect(themeAttributeValue('donker')).toBe('donker');
  });
});

/** Runs the one pre-paint script against a stand-in for localStorage and <html>. */
function runScript(stored: Record<string, string>) {
  const attributes = new Map<string, string>();
  const localStorage = { getItem: (key: string) => stored[key] ?? null };
  const document = { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } };
  new Function('localStorage', 'document', TEXT_SIZE_SCRIPT)(localStorage, document);
  return Object.fromEntries(attributes);
}

describe('the same pre-paint script applies the theme as well as the text size', () => {
  test.each([
    [{ 'botwijzer-thema': 'donker' }, { 'data-thema': 'donker' }],
    [
      { 'botwijzer-thema': 'licht', 'botwijzer-tekstgrootte': 'groot' },
      { 'data-thema': 'licht', 'data-tekst': 'groot' },
    ],
    [{ 'botwijzer-thema': 'apparaat' }, {}],
    [{ 'botwijzer-thema': '"><script>' }, {}],
  ])('stored %j sets %j', (stored, expected) => {
    expect(runScript(stored)).toEqual(expected);
  });
});
