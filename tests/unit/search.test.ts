import { describe, expect, test } from 'vitest';
import {
  cleanResultUrl,
  excerptParts,
  mergeById,
  normalizeQuery,
  pickSections,
  queryVariants,
  resultCountText,
  resultKind,
  SEARCH_SYNONYMS,
  searchHref,
  urlForBuiltFile,
  withEllipses,
} from '@/lib/search/config';

describe('normalizing a query', () => {
  test.each([
    ['  melk  ', 'melk'],
    ['vallen\n  voorkomen', 'vallen voorkomen'],
    [null, ''],
    [undefined, ''],
  ])('%j becomes %j', (raw, expected) => {
    expect(normalizeQuery(raw)).toBe(expected);
  });

  test('caps the length', () => {
    expect(normalizeQuery('a'.repeat(500))).toHaveLength(100);
  });
});

describe('the search page address', () => {
  test('carries the query, encoded', () => {
    expect(searchHref('vitamine D')).toBe('/zoeken?q=vitamine%20D');
    expect(searchHref('botbreuk & pijn')).toBe('/zoeken?q=botbreuk%20%26%20pijn');
  });

  test('is the bare page for an empty query', () => {
    expect(searchHref('   ')).toBe('/zoeken');
  });
});

describe('patient words', () => {
  test('a brand name is also searched as the name the articles use, with a note', () => {
    expect(queryVariants('Prolia')).toEqual([
      { query: 'Prolia' },
      { query: 'denosumab', note: 'Prolia is de merknaam van denosumab.' },
    ]);
  });

  test('only the patient word is swapped; the rest of the query stays', () => {
    expect(queryVariants('prolia stoppen').map((v) => v.query)).toEqual(['prolia stoppen', 'denosumab stoppen']);
  });

  test('a word the articles use has no variants', () => {
    expect(queryVariants('melk')).toEqual([{ query: 'melk' }]);
  });

  test('an empty query has nothing to search', () => {
    expect(queryVariants('  ')).toEqual([]);
  });

  test('every synonym is written in lower case and leads to another word', () => {
    for (const synonym of SEARCH_SYNONYMS) {
      for (const word of synonym.words) {
        expect(word).toBe(word.toLowerCase());
        expect(word).not.toBe(synonym.searchAs);
      }
    }
  });
});

describe('clean result addresses', () => {
  test.each([
    ['/artikelen/medicijnen.html', '/artikelen/medicijnen'],
    ['/artikelen/medicijnen.html#wat-is-denosumab', '/artikelen/medicijnen#wat-is-denosumab'],
    ['/artikelen/index.html', '/artikelen'],
    ['/index.html', '/'],
    ['/woordenlijst#dexa', '/woordenlijst#dexa'],
    ['/artikelen/medicijnen/', '/artikelen/medicijnen'],
  ])('%s → %s', (url, expected) => {
    expect(cleanResultUrl(url)).toBe(expected);
  });

  test('a built file becomes the address a reader visits', () => {
    expect(urlForBuiltFile('artikelen/vallen-voorkomen.html')).toBe('/artikelen/vallen-voorkomen');
    expect(urlForBuiltFile('hulpmiddelen\\calcium.html')).toBe('/hulpmiddelen/calcium');
  });
});

describe('what a result is', () => {
  test.each([
    ['/artikelen/medicijnen#wat-is-denosumab', 'Artikel'],
    ['/woordenlijst#dexa', 'Woordenlijst'],
    ['/hulpmiddelen/t-score', 'Hulpmiddel'],
    ['/over', 'Pagina'],
  ])('%s is shown as %s', (url, kind) => {
    expect(resultKind(url)).toBe(kind);
  });
});

describe('the announced count', () => {
  test.each([
    [0, 'Geen resultaten gevonden voor “xyz”.'],
    [1, '1 resultaat gevonden voor “xyz”.'],
    [7, '7 resultaten gevonden voor “xyz”.'],
  ])('%i results', (count, text) => {
    expect(resultCountText(count, 'xyz')).toBe(text);
  });
});

describe('excerpts', () => {
  test('marked words become marked parts, and entities become text', () => {
    expect(excerptParts('Drink <mark>melk</mark> &amp; eet kaas. Dat is &#39;goed&#39;.')).toEqual([
      { text: 'Drink ', marked: false },
      { text: 'melk', marked: true },
      { text: " & eet kaas. Dat is 'goed'.", marked: false },
    ]);
  });

  test('other tags never reach the page as HTML', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>tekst &lt;b&gt;')).toEqual([{ text: 'tekst <b>', marked: false }]);
  });

  test('an empty excerpt has no parts', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('merging the results of several searches', () => {
  test('keeps the first order and each page once', () => {
    const a = [{ id: '1' }, { id: '2' }];
    const b = [{ id: '2' }, { id: '3' }];
    expect(mergeById([a, b]).map((r) => r.id)).toEqual(['1', '2', '3']);
  });
});

describe('sections under a result', () => {
  const page = '/artikelen/medicijnen';
  const subs = [
    { url: '/artikelen/medicijnen', locations: [1, 2, 3, 4, 5] },
    { url: '/artikelen/medicijnen#a', locations: [10] },
    { url: '/artikelen/medicijnen#b', locations: [20, 21, 22] },
    { url: '/artikelen/medicijnen#c', locations: [30, 31] },
    { url: '/artikelen/medicijnen#d', locations: [40, 41, 42, 43] },
  ];

  test('the strongest sections, in page order, without the page itself', () => {
    expect(pickSections(page, subs).map((s) => s.url)).toEqual([
      '/artikelen/medicijnen#b',
      '/artikelen/medicijnen#c',
      '/artikelen/medicijnen#d',
    ]);
  });

  test('never a generated id, which changes from build to build', () => {
    const tool = [
      { url: '/hulpmiddelen/calcium#_R_iqnpfiutb_-kop', locations: [1, 2, 3] },
      { url: '/hulpmiddelen/calcium#hoeveel-nodig', locations: [4] },
      { url: '/hulpmiddelen/calcium#één-portie', locations: [5] },
    ];
    expect(pickSections('/hulpmiddelen/calcium', tool).map((s) => s.url)).toEqual([
      '/hulpmiddelen/calcium#hoeveel-nodig',
      '/hulpmiddelen/calcium#één-portie',
    ]);
  });

  test('at most the number asked for', () => {
    expect(pickSections(page, subs, 1).map((s) => s.url)).toEqual(['/artikelen/medicijnen#d']);
  });
});

describe('ellipses around an excerpt', () => {
  const plain = (text: string) => ({ text, marked: false });

  test('mark where the text was cut, at either end', () => {
    expect(withEllipses([plain('per dag. Een glas '), { text: 'melk', marked: true }, plain(' of een plak')])).toEqual([
      plain('… '),
      plain('per dag. Een glas '),
      { text: 'melk', marked: true },
      plain(' of een plak'),
      plain(' …'),
    ]);
  });

  test('are left out where the excerpt starts and ends a sentence', () => {
    expect(withEllipses([plain('Calcium is een mineraal.')])).toEqual([plain('Calcium is een mineraal.')]);
    expect(withEllipses([plain('1.200 mg per dag!')])).toEqual([plain('1.200 mg per dag!')]);
  });

  test('an empty excerpt stays empty', () => {
    expect(withEllipses([])).toEqual([]);
  });
});
