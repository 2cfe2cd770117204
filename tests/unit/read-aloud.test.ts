import { describe, expect, test } from 'vitest';
import { pickDutchVoice, speechChunks } from '@/lib/reading/read-aloud';

describe('chunks to speak', () => {
  test('short blocks stay whole, one chunk each, with whitespace tidied', () => {
    expect(speechChunks(['Wat is osteoporose?', '  Uw botten   worden dunner. ', ''])).toEqual([
      'Wat is osteoporose?',
      'Uw botten worden dunner.',
    ]);
  });

  test('a long block is cut between sentences, and no chunk is longer than the limit', () => {
    const block = 'Dit is zin een. Dit is zin twee. Dit is zin drie. Dit is zin vier.';
    const chunks = speechChunks([block], 35);
    expect(chunks).toEqual(['Dit is zin een. Dit is zin twee.', 'Dit is zin drie. Dit is zin vier.']);
  });

  test('a sentence longer than the limit is cut at a space', () => {
    const sentence = `${'woord '.repeat(60).trim()}.`;
    const chunks = speechChunks([sentence], 50);
    expect(chunks.every((chunk) => chunk.length <= 50)).toBe(true);
    expect(chunks.join(' ')).toBe(sentence);
  });
});

describe('choosing a voice', () => {
  const voice = (lang: string, name: string, localService = true) => ({ lang, name, localService });

  test('Dutch from the Netherlands first, then Belgium, never another language', () => {
    expect(pickDutchVoice([voice('en-GB', 'Daniel'), voice('nl-BE', 'Ellen'), voice('nl-NL', 'Xander')])?.name).toBe(
      'Xander',
    );
    expect(pickDutchVoice([voice('en-GB', 'Daniel'), voice('nl_BE', 'Ellen')])?.name).toBe('Ellen');
    expect(pickDutchVoice([voice('en-GB', 'Daniel'), voice('de-DE', 'Anna')])).toBeUndefined();
  });

  test('a voice on the device before one over the network', () => {
    expect(pickDutchVoice([voice('nl-NL', 'Online', false), voice('nl-NL', 'Lokaal')])?.name).toBe('Lokaal');
  });
});
