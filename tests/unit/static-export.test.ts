import { describe, expect, test } from 'vitest';
import { staticPageProblems, toIslandPage } from '../../scripts/export/static-export';

const BOOT = '/_islands/boot-ABC123.js';

// The shapes Next.js 16 writes into an exported page (taken from a real build), plus our own inline script.
const PAGE = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/2t27odccjbkhi.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/>
<script src="/_next/static/chunks/39_j1bdzreq0m.js" async=""></script>
<script src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule=""></script>
<script>try{var s=localStorage.getItem('botwijzer-tekstgrootte')}catch(e){}</script>
<script type="application/ld+json">{"@context":"https://schema.org"}</script>
</head><body><main><p>Tekst</p></main>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push([])</script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>
</body></html>`;

describe('toIslandPage', () => {
  const result = toIslandPage(PAGE, BOOT);

  test.each([
    ['a script file of Next.js', '/_next/static/chunks/39_j1bdzreq0m.js'],
    ['the polyfills for old browsers', 'polyfills-42372ed130431b0a.js'],
    ['a script preload', '310vm2bl3xxpt.js'],
    ["Turbopack's inline loader", 'TURBOPACK'],
    ['the React Server Components payload', '__next_f'],
  ])('removes %s', (_, fragment) => {
    expect(result).not.toContain(fragment);
  });

  test.each([
    ['the stylesheet', '/_next/static/chunks/2t27odccjbkhi.css'],
    ['the inline text-size script', "localStorage.getItem('botwijzer-tekstgrootte')"],
    ['structured data', 'application/ld+json'],
    ['the content', '<main><p>Tekst</p></main>'],
  ])('keeps %s', (_, fragment) => {
    expect(result).toContain(fragment);
  });

  test('adds the boot script once, as a module in the head', () => {
    expect(result).toContain(`<script type="module" src="${BOOT}"></script></head>`);
    const again = toIslandPage(result, '/_islands/boot-NEW.js');
    expect(again.match(/\/_islands\/boot-/g)).toHaveLength(1);
    expect(again).toContain('/_islands/boot-NEW.js');
  });

  test('leaves a clean page', () => {
    expect(staticPageProblems(result)).toEqual([]);
  });

  test('refuses a fragment without a head', () => {
    expect(() => toIslandPage('<p>los</p>', BOOT)).toThrow(/<\/head>/);
  });
});

describe('staticPageProblems', () => {
  test.each([
    ['<script src="/_next/static/chunks/a.js"></script>', /JavaScript van Next\.js/],
    ['<script>self.__next_f.push([1])</script>', /Server Components/],
    ['<template data-dgst="BAILOUT_TO_CLIENT_SIDE_RENDERING"></template>', /alleen in de browser/],
    ['<!--$?--><template id="B:0"></template><!--/$-->', /wacht/],
    ['<div hidden id="S:0"><p>later</p></div>', /wacht/],
  ])('finds %s', (html, message) => {
    expect(staticPageProblems(html).join(' ')).toMatch(message);
  });
});
