import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { INLINE_SCRIPTS } from '../../scripts/export/allowlist';
import { pageProblems, toIslandPage } from '../../scripts/export/static-export';
import { expect, test } from './fixtures';

// The export transform and its allowlist over the real build output (npm run build leaves both folders): what
// Next.js exported (.next/server/app) and what is served (out/).
const NEXT_PAGES = path.join('.next', 'server', 'app');
const htmlUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !file.startsWith('_global-error'),
  );
const boot = () => {
  const manifest = JSON.parse(readFileSync('out/_islands/manifest.json', 'utf8')) as { boot: string; mount: string[] };
  return { script: manifest.boot, mountSrc: manifest.mount[0] ?? '' };
};

test('every served page carries only what the allowlist permits', () => {
  const pages = htmlUnder('out');
  expect(pages.length).toBeGreaterThanOrEqual(16);
  const problems = pages.flatMap((page) =>
    pageProblems(readFileSync(path.join('out', page), 'utf8'), {
      boot: boot(),
      inlineScripts: INLINE_SCRIPTS,
    }).map((problem) => `${page}: ${problem}`),
  );
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the transform turns each page that Next.js exported into the page that is served', () => {
  const pages = htmlUnder(NEXT_PAGES).filter((page) => existsSync(path.join('out', page)));
  expect(pages.length).toBeGreaterThanOrEqual(16);
  for (const page of pages) {
    const raw = readFileSync(path.join(NEXT_PAGES, page), 'utf8');
    expect(raw, page).toMatch(/<script[^>]+src="\/_next\//);
    expect(toIslandPage(raw, boot()), page).toBe(readFileSync(path.join('out', page), 'utf8'));
  }
});
