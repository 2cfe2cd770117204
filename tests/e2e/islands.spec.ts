import type { Route } from '@playwright/test';
import { expect, test } from './fixtures';

// The site ships no Next.js runtime: scripts/build-islands.mts gives each page one small boot script, which starts
// the interactive parts (components/islands) after the first paint.

test('@phone an article loads no Next.js JavaScript, and React only after the text is on screen', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/artikelen/wat-is-osteoporose');
  // A glossary word is a link in the HTML and becomes a button once its island runs.
  await expect(page.getByRole('main').getByRole('button', { expanded: false }).first()).toBeVisible();
  expect(scripts.filter((path) => path.startsWith('/_next/'))).toEqual([]);
  expect(scripts[0]).toMatch(/^\/_islands\/boot-[A-Z0-9]+\.js$/);
  expect(scripts.some((path) => /^\/_islands\/mount-/.test(path))).toBe(true);
});

test('React arrives with the hint to compile it while it downloads, and no Intl formatter runs at load', async ({ page, request }) => {
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
