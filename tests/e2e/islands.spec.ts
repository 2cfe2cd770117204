import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { openMenuIfFolded } from './menu';
import { PAGE_TYPES } from './page-types';

// The site ships no Next.js runtime: scripts/build-islands.mts gives each page one small inline boot script, which
// starts the interactive parts (components/islands) after the first paint.

test("@phone an article loads no Next.js JavaScript, and the islands' code as its first script file", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/artikelen/wat-is-osteoporose');
  // A glossary word is a link in the HTML and becomes a button once its island runs.
  await expect(page.getByRole('main').getByRole('button', { expanded: false }).first()).toBeVisible();
  expect(scripts.filter((path) => path.startsWith('/_next/'))).toEqual([]);
  expect(scripts[0]).toMatch(/^\/_islands\/mount-[A-Z0-9]+\.js$/);
});

test('@phone on every page type the text is painted before any script file is asked for, and starting the islands moves nothing', async ({
  page,
}) => {
  // What keeps a page as fast as its copy without scripts (docs/performance.md): the islands' code is requested
  // only after the first contentful paint and the load event; an island that replaces its server HTML never
  // paints a larger element than the one already on screen (which would move the largest contentful paint), and
  // never pushes what is on screen aside (a layout shift: the bone card once started from an empty box).
  await page.addInitScript(() => {
    const seen = { lcp: [] as number[], shift: 0 };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.lcp.push(entry.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const [name, path] of PAGE_TYPES) {
    await page.goto(path);
    await expect(page.locator('[data-island]'), name).toHaveCount(0);
    // Two frames, so that a paint from the last island's start would have been reported.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const timing = await page.evaluate(() => ({
      ...(window as unknown as { seen: { lcp: number[]; shift: number } }).seen,
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
      load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd,
      scripts: performance
        .getEntriesByType('resource')
        .filter((r) => new URL(r.name).pathname.endsWith('.js'))
        .map((r) => r.startTime),
    }));
    const firstScript = Math.min(...timing.scripts);
    expect(timing.scripts.length, name).toBeGreaterThan(0);
    expect(firstScript, `${name}: first script file after the first paint`).toBeGreaterThan(timing.paint);
    expect(firstScript, `${name}: first script file after the load event`).toBeGreaterThan(timing.load ?? Infinity);
    expect(timing.lcp.length, name).toBeGreaterThan(0);
    expect(Math.max(...timing.lcp), `${name}: no larger paint once the islands ran`).toBeLessThan(firstScript);
    expect(timing.shift, `${name}: layout shift`).toBeLessThan(0.01);
  }
});

test('React arrives with the hint to compile it while it downloads, and no Intl formatter runs at load', async ({
  page,
  request,
}) => {
  const mount = (await (await request.get('/_islands/manifest.json')).json()).mount[0] as string;
  expect(mount).toMatch(/^\/_islands\/mount-/);
  expect((await (await request.get(mount)).text()).startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);

  // The first Intl formatter in a page loads locale data (tens of ms); the tools format numbers without one.
  await page.addInitScript(() => {
    const made: string[] = [];
    (window as unknown as { intlMade: string[] }).intlMade = made;
    for (const name of ['NumberFormat', 'DateTimeFormat'] as const) {
      const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
      Intl[name] = new Proxy(Original, {
        construct(target, args) {
          made.push(name);
          return new target(...args);
        },
      }) as never;
    }
  });
  for (const path of ['/hulpmiddelen/t-score', '/hulpmiddelen/calcium', '/artikelen/wat-is-osteoporose']) {
    await page.goto(path);
    await expect(page.locator('[data-island]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { intlMade: string[] }).intlMade), path).toEqual([]);
  }
});

test('@phone what a patient types and sends before the tool has started is kept and answered', async ({ page }) => {
  // Hold back the islands' code, as a slow phone on a weak connection would.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/_islands\/mount-/, async (route: Route) => {
    await held;
    await route.continue();
  });

  await page.goto('/hulpmiddelen/t-score');
  const spine = page.getByLabel('T-score lendenwervels (wervelkolom)');
  await spine.fill('-2,5');
  await spine.press('Enter');
  // The plain HTML form would have reloaded the page; the boot script holds the submit back instead.
  await expect(page).toHaveURL(/\/hulpmiddelen\/t-score$/);

  release();
  const result = page.getByRole('status').filter({ hasText: 'Uitkomst' });
  await expect(result.getByRole('heading', { level: 3 })).toHaveText('Uitkomst: Osteoporose');
  await expect(spine).toHaveValue('-2,5');
  await expect(page).toHaveURL(/#wervelkolom=-2,5&groep=t&breuk=nee$/);
});

/** The messages a test expects (and removes), so that any other console error still fails it. */
function takeExpected(pageProblems: string[], patterns: RegExp[]) {
  const expected = pageProblems.filter((problem) => patterns.some((pattern) => pattern.test(problem)));
  const rest = pageProblems.filter((problem) => !expected.includes(problem));
  pageProblems.splice(0, pageProblems.length, ...rest);
  return expected;
}

const LOAD_FAILED = [/Failed to load resource/, /konden niet laden/];

test.describe('when the islands’ code cannot load, the page works as plain HTML', () => {
  test('a tool form held back while the code loads is sent as HTML, with plain field names', async ({
    page,
    pageProblems,
  }) => {
    let fail: () => void = () => {};
    const failed = new Promise<void>((resolve) => {
      fail = resolve;
    });
    await page.route(/\/_islands\/mount-/, async (route: Route) => {
      await failed;
      await route.abort('connectionreset');
    });
    await page.goto('/hulpmiddelen/t-score');
    await page.getByLabel('T-score lendenwervels (wervelkolom)').fill('-2,5');
    await page.getByLabel('T-score lendenwervels (wervelkolom)').press('Enter');
    await expect(page).toHaveURL(/\/hulpmiddelen\/t-score$/);

    fail();
    await page.waitForURL(/\?/);
    const keys = [...new URL(page.url()).searchParams.keys()];
    expect(keys).toContain('wervelkolom');
    expect(keys).toContain('groep');
    expect(keys).toContain('breuk');
    for (const key of keys) expect(key).toMatch(/^[a-z]+$/);
    expect(new URL(page.url()).searchParams.get('wervelkolom')).toBe('-2,5');
    expect(takeExpected(pageProblems, LOAD_FAILED).length).toBeGreaterThan(0);
  });

  test('the header search reaches the search page, and links and glossary words are plain links', async ({
    page,
    pageProblems,
  }) => {
    await page.route(/\/_islands\//, (route) => route.abort('blockedbyclient'));
    await page.goto('/artikelen/wat-is-osteoporose');
    const term = page.getByRole('main').locator('a.term-link').first();
    await term.click();
    await expect(page).toHaveURL(/\/woordenlijst#[a-z0-9-]+$/);

    await page.goto('/');
    await page.getByRole('link', { name: 'Wat is osteoporose?' }).first().click();
    await expect(page).toHaveURL(/\/artikelen\/wat-is-osteoporose$/);

    await openMenuIfFolded(page);
    const search = page.getByRole('search', { name: 'Zoeken op de site' });
    await search.getByRole('searchbox').fill('calcium');
    await search.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/zoeken\?q=calcium$/);
    takeExpected(pageProblems, LOAD_FAILED);
  });

  test('parts that cannot work as HTML are hidden and the bone card says it could not start', async ({
    page,
    pageProblems,
  }) => {
    await page.route(/\/_islands\//, (route) => route.abort('blockedbyclient'));
    await page.goto('/hulpmiddelen/mijn-botkaart');
    await expect(page.getByRole('alert')).toHaveText(/De botkaart kon niet starten\. Laad de pagina opnieuw\./);
    await expect(page.getByRole('button', { name: 'Meting toevoegen' })).toHaveCount(0);
    await openMenuIfFolded(page);
    await expect(page.getByRole('group', { name: 'Tekstgrootte' })).toHaveCount(0);
    await expect(page.getByRole('search', { name: 'Zoeken op de site' })).toBeVisible();
    takeExpected(pageProblems, LOAD_FAILED);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the reading controls, which could not work, are not shown; the page keeps its text', async ({ page }) => {
    await page.goto('/artikelen/wat-is-osteoporose');
    await openMenuIfFolded(page);
    await expect(page.getByRole('search', { name: 'Zoeken op de site' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Tekstgrootte' })).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Kleuren' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('the T-score form sends plain field names', async ({ page }) => {
    await page.goto('/hulpmiddelen/t-score');
    await page.getByLabel('T-score lendenwervels (wervelkolom)').fill('-2,5');
    await page.getByRole('button', { name: 'Bekijk wat uw score betekent' }).click();
    await page.waitForURL(/\?/);
    const keys = [...new URL(page.url()).searchParams.keys()];
    expect(keys.sort()).toEqual(['breuk', 'dijbeenhals', 'groep', 'heup', 'wervelkolom']);
  });
});

/**
 * A deliberately broken island, made for the test only: the code of the component with this name (its chunk is
 * named after it) is swapped for a component that throws while it renders.
 */
async function breakIsland(page: Page, component: string) {
  await page.route(new RegExp(`/_islands/${component}-[A-Z0-9]+\\.js$`), (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `export function ${component}() { throw new Error("kapot voor de test"); }`,
    }),
  );
}

test('an island that throws keeps its HTML, is reported once, and every other island still starts', async ({
  page,
  pageProblems,
}) => {
  await breakIsland(page, 'TScoreTool');
  await page.goto('/artikelen/botdichtheidsmeting-dexa');
  const spine = page.getByLabel('T-score lendenwervels (wervelkolom)');
  await spine.scrollIntoViewIfNeeded();
  // Every island has started or given up (a started one is a fresh copy without the marker).
  await expect(page.locator('[data-island]')).toHaveCount(0, { timeout: 15_000 });
  await expect(spine).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { expanded: false }).last()).toBeVisible();
  await expect(page.getByRole('main').locator('a.term-link')).toHaveCount(0);
  const reported = takeExpected(pageProblems, [/kon niet starten/]);
  expect(reported).toHaveLength(1);
  expect(reported[0]).toContain('"tscore"');
});

test('a bone card that throws says so in its place, and the rest of the page still starts', async ({
  page,
  pageProblems,
}) => {
  await breakIsland(page, 'BoneCard');
  await page.goto('/hulpmiddelen/mijn-botkaart');
  await expect(page.locator('[data-island]')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByRole('alert')).toHaveText(/De botkaart kon niet starten/);
  await expect(page.getByRole('button', { name: 'Meting toevoegen' })).toHaveCount(0);
  await openMenuIfFolded(page);
  await expect(page.getByRole('group', { name: 'Tekstgrootte' })).toBeVisible();
  expect(takeExpected(pageProblems, [/kon niet starten/])).toHaveLength(1);
});

/** Holds the islands' code back until the returned function is called, as a slow connection would. */
async function holdIslands(page: Page) {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/_islands\/mount-/, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a glossary word that had keyboard focus keeps it when it becomes a button', async ({ page }) => {
  const release = await holdIslands(page);
  await page.goto('/artikelen/wat-is-osteoporose');
  const link = page.getByRole('main').locator('a.term-link').first();
  const word = ((await link.textContent()) ?? '').trim();
  await link.focus();
  release();
  const button = page
    .getByRole('main')
    .getByRole('button', { name: new RegExp(`^${word}`) })
    .first();
  await expect(button).toBeVisible();
  await expect(button).toBeFocused();
});

test('ticks, choices and typing made before the calculator starts are kept', async ({ page }) => {
  const release = await holdIslands(page);
  await page.goto('/hulpmiddelen/calcium');
  await page.getByRole('radio', { name: 'Vrouw' }).check();
  await page.getByRole('checkbox', { name: /Ik heb osteoporose/ }).check();
  await page.getByRole('textbox', { name: 'Uw leeftijd' }).fill('72');
  await expect(page.locator('[data-island="calcium"]')).toHaveCount(1);
  release();
  await expect(page.locator('[data-island]')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Vrouw' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Ik heb osteoporose/ })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Uw leeftijd' })).toHaveValue('72');
});

test('two ticks made before the exercise plan starts both stay, with both exercises in the plan', async ({ page }) => {
  // Each carried-over tick must reach React before the next one: a handler that builds on the last state would
  // otherwise see the plan without the first tick and drop it.
  const release = await holdIslands(page);
  await page.goto('/hulpmiddelen/oefenschema');
  await page.getByRole('checkbox', { name: /Opdrukken tegen de muur/ }).check();
  await page.getByRole('checkbox', { name: /Op de plaats stampen/ }).check();
  release();
  await expect(page.locator('[data-island]')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /Opdrukken tegen de muur/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Op de plaats stampen/ })).toBeChecked();
  const plan = page.getByRole('region', { name: 'Uw oefenschema' });
  await expect(plan.getByRole('heading', { name: '1. Opdrukken tegen de muur' })).toBeVisible();
  await expect(plan.getByRole('heading', { name: '2. Op de plaats stampen' })).toBeVisible();
});

test('a button tapped before the bone card starts is found again by its name, even when the card grew rows', async ({
  page,
}) => {
  // The server's HTML is the empty card; the link restores two medicines, so the started card has more buttons
  // (each row's "Weghalen") before the calendar button than the HTML had.
  const release = await holdIslands(page);
  await page.goto('/hulpmiddelen/mijn-botkaart#kaart=1&med1=denosumab&med1-laatst=14-11-2026&med2=risedronaat-week');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Zet in mijn agenda' }).click();
  release();
  expect((await download).suggestedFilename()).toBe('mijn-botkaart.ics');
  await expect(page.getByText(/Het agendabestand is gemaakt/)).toBeVisible();
});
