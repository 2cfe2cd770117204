import { describe, expect, test } from 'vitest';
import {
  DEFAULT_TEXT_SIZE,
  parseTextSize,
  TEXT_SIZE_ATTRIBUTE,
  TEXT_SIZE_SCRIPT,
  TEXT_SIZE_STORAGE_KEY,
  TEXT_SIZES,
  textSizeAttributeValue,
} from '@/lib/reading/text-size';

describe('text sizes', () => {
  test('at least three steps, named in Dutch', () => {
    expect(TEXT_SIZES.map((s) => s.label)).toEqual(['Normaal', 'Groot', 'Grootst']);
  });

  test.each([
    ['groot', 'groot'],
    ['grootst', 'grootst'],
    ['normaal', 'normaal'],
    ['enorm', DEFAULT_TEXT_SIZE],
    [null, DEFAULT_TEXT_SIZE],
    [42, DEFAULT_TEXT_SIZE],
  ])('%j is read as %s', (value, expected) => {
    expect(parseTextSize(value)).toBe(expected);
  });

  test('the default size removes the attribute, so the stylesheet default applies', () => {
    expect(textSizeAttributeValue('normaal')).toBeNull();
    expect(textSizeAttributeValue('grootst')).toBe('grootst');
  });
});

/** Runs the inline script against a stand-in for localStorage and <html>. */
function runScript(stored: string | null, storageThrows = false) {
  const attributes = new Map<string, string>();
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('SecurityError');
      return key === TEXT_SIZE_STORAGE_KEY ? stored : null;
    },
  };
  const document = { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } };
  new Function('localStorage', 'document', TEXT_SIZE_SCRIPT)(localStorage, document);
  return attributes.get(TEXT_SIZE_ATTRIBUTE);
}

describe('the script that applies the choice before the first paint', () => {
  test.each([
    ['groot', 'groot'],
    ['grootst', 'grootst'],
    ['normaal', undefined],
    [null, undefined],
    ['"><script>', undefined],
  ])('stored %j sets data-tekst to %j', (stored, expected) => {
    expect(runScript(stored)).toBe(expected);
  });

  test('does nothing (and throws nothing) when storage is refused', () => {
    expect(runScript('groot', true)).toBeUndefined();
  });
});
