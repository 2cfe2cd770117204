import { describe, expect, test } from 'vitest';
import { inlineScriptHashes, pageProblems, toIslandPage } from '../../scripts/export/static-export';

const BOOT = {
  script: '(()=>{var s=document.currentScript.dataset.boot;import(s)})();',
  mountSrc: '/_islands/mount-A1.js',
};
const BOOT_TAG = `<script data-boot="${BOOT.mountSrc}">${BOOT.script}</script>`;
const TEXT_SIZE = "try{var s=localStorage.getItem('botwijzer-tekstgrootte')}catch(e){}";
const ALLOW = { boot: BOOT, inlineScripts: [TEXT_SIZE] };

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

  test('adds the boot script once, inline at the end of the head', () => {
    expect(result).toContain(`${BOOT_TAG}</head>`);
    const again = toIslandPage(result, { ...BOOT, mountSrc: '/_islands/mount-NEW.js' });
    expect(again.match(/data-boot/g)).toHaveLength(1);
    expect(again).toContain(`<script data-boot="/_islands/mount-NEW.js">${BOOT.script}</script></head>`);
  });

  test.each([
    ['a boot script that would end its own script element', { ...BOOT, script: 'var a="</script>"' }, /<\/script/],
    ['an address that would break out of its attribute', { ...BOOT, mountSrc: '/a.js" onload="x' }, /adres/],
  ])('refuses %s', (_, boot, message) => {
    expect(() => toIslandPage(PAGE, boot)).toThrow(message);
  });

  test('leaves a clean page, and changes no other byte', () => {
    expect(pageProblems(result, ALLOW)).toEqual([]);
    expect(result.replace(BOOT_TAG, '')).toBe(
      PAGE.replace(
        /<link rel="preload" as="script"[^>]*>|<script src="\/_next[^>]*><\/script>|<script id="_R_">.*?<\/script>|<script>\(?self\.__next_f.*?<\/script>/g,
        '',
      ),
    );
  });

  test('refuses a fragment without a head', () => {
    expect(() => toIslandPage('<p>los</p>', BOOT)).toThrow(/<\/head>/);
  });
});

describe('pageProblems', () => {
  const page = (extra: string) => `<!DOCTYPE html><html><head>${BOOT_TAG}</head><body>${extra}</body></html>`;

  test('accepts the boot script, a listed inline script and JSON data', () => {
    expect(
      pageProblems(page(`<script>${TEXT_SIZE}</script><script type="application/ld+json">{"a":1}</script>`), ALLOW),
    ).toEqual([]);
  });

  test.each([
    ['<script>alert(1)</script>', /inline script .*"alert\(1\)"/],
    ['<script src="/elders.js"></script>', /scriptbestand voor de eerste weergave: \/elders\.js/],
    ['<script type="module" src="/_islands/mount-A1.js"></script>', /scriptbestand .*mount-A1/],
    ['<script data-boot="/_islands/mount-A1.js">import("/elders.js")</script>', /2 keer het boot-.*ander boot-script/],
    [`<script data-boot="/elders.js">${BOOT.script}</script>`, /iets anders laden dan \/_islands\/mount-A1\.js/],
    ['<link rel="modulepreload" href="/_islands/x.js">', /vooraf een script/],
    ['<button onclick="go()">x</button>', /inline event handler: <button onclick="go\(\)">/],
    ['<script type="application/json">{kapot</script>', /geen JSON/],
    ['<img src="/_next/static/chunks/a.js">', /JavaScript van Next\.js/],
    ['<template data-dgst="BAILOUT_TO_CLIENT_SIDE_RENDERING"></template>', /alleen in de browser/],
    ['<!--$?--><template id="B:0"></template><!--/$-->', /wacht/],
    ['<div hidden id="S:0"><p>later</p></div>', /wacht/],
    ['<script>self.__next_f.push([1])</script>', /inline script .*__next_f/],
  ])('reports %s', (html, message) => {
    expect(pageProblems(page(html), ALLOW).join(' ')).toMatch(message);
  });

  test('a page without the boot script, or with two, is reported', () => {
    expect(pageProblems('<html><head></head><body></body></html>', ALLOW).join(' ')).toMatch(/0 keer het boot-script/);
    expect(pageProblems(page(BOOT_TAG), ALLOW).join(' ')).toMatch(/2 keer/);
  });
});

describe('inlineScriptHashes', () => {
  test('gives the sha256 of each inline script the browser runs, not of JSON data', () => {
    // echo -n 'alert(1)' | openssl sha256 -binary | base64
    expect(inlineScriptHashes(page('<script>alert(1)</script><script type="application/ld+json">{}</script>'))).toEqual(
      ["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"],
    );
  });
  const page = (extra: string) => `<html><head></head><body>${extra}</body></html>`;
});
