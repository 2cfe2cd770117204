import { expect, expectNoAxeViolations, test } from './fixtures';
import { openMenuIfFolded } from './menu';
import { PAGE_TYPES } from './page-types';

for (const [name, path] of PAGE_TYPES) {
  test(`the ${name} page is Dutch, has one h1 and passes axe @phone`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/Botwijzer/);
    await expectNoAxeViolations(page);
  });

  // A device set to dark mode gets the dark theme without any choice on the site; contrast must hold there too.
  test(`the ${name} page passes axe in dark mode @phone`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, 'the page follows the dark colour scheme').not.toBe('rgb(255, 255, 255)');
    await expectNoAxeViolations(page);
  });
}

test('a reader goes from the home page to an article through the navigation @phone', async ({ page }) => {
  await page.goto('/');
  await openMenuIfFolded(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Artikelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alle artikelen' })).toBeVisible();
  await page.getByRole('link', { name: 'Wat is osteoporose?' }).click();
  await expect(page).toHaveURL(/\/artikelen\/wat-is-osteoporose$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Wat is osteoporose?' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'In het kort' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bronnen' })).toBeVisible();
  await expect(page.getByText(/Laatst gecontroleerd op \d{1,2} \w+ 20\d\d/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Vorig en volgend artikel' }).getByRole('link')).toHaveCount(1);
});

test('a link to a section lands on that section, and its heading offers one small share control', async ({ page }) => {
  await page.goto('/artikelen/botdichtheidsmeting-dexa');
  const toc = page.getByRole('navigation', { name: 'Op deze pagina' });
  const second = toc.getByRole('link').nth(1);
  const text = (await second.textContent()) ?? '';
  const href = (await second.getAttribute('href')) ?? '';
  expect(href).toMatch(/^#[a-z0-9-]+$/);

  await page.goto(`/artikelen/botdichtheidsmeting-dexa${href}`);
  const heading = page.getByRole('heading', { level: 2, name: text });
  await expect(heading).toBeInViewport();
  const share = page.locator('summary', { hasText: `Deel dit stuk: ${text}` });
  await expect(share).toBeVisible();
  // Beside the heading, not a line of its own under it. Both boxes are read in one frame, and again until the
  // page has settled (the share control's island may still be swapping in while the anchor scrolls).
  const beside = () =>
    heading.evaluate((h, label) => {
      const control = [...document.querySelectorAll('summary')].find((s) => s.textContent?.includes(label));
      if (!control) return false;
      const [a, b] = [h.getBoundingClientRect(), control.getBoundingClientRect()];
      return b.top < a.bottom && b.left > a.left + a.width / 2;
    }, `Deel dit stuk: ${text}`);
  await expect.poll(beside, { message: 'the share control sits beside its heading' }).toBe(true);
});

test('the skip link is the first thing the keyboard reaches and moves focus to the content', async ({ page }) => {
  await page.goto('/artikelen/medicijnen');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Ga direct naar de inhoud' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhoud$/);
});

test('a marked term opens its definition in place and leads to the glossary @phone', async ({ page }) => {
  await page.goto('/artikelen/wat-is-osteoporose');
  const first = page.getByRole('main').getByRole('button', { expanded: false }).first();
  const controls = (await first.getAttribute('aria-controls')) ?? '';
  const term = page.locator(`button[aria-controls="${controls}"]`);
  const definition = page.locator(`[id="${controls}"]`);
  await expect(definition).toBeHidden();
  await term.click();
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  await expect(definition).toBeVisible();
  await definition.getByRole('link', { name: 'In de woordenlijst' }).click();
  await expect(page).toHaveURL(/\/woordenlijst#[a-z0-9-]+$/);
});

test('an unknown article gives a helpful Dutch 404 with status 404', async ({ page }) => {
  const response = await page.goto('/artikelen/bestaat-niet');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Alle artikelen over osteoporose' })).toBeVisible();
});

// Every page at 320 px (the narrowest phone in use), in the default and the largest text size: nothing may make the
// reader scroll sideways to read a line.
const EVERY_PAGE = [
  ...PAGE_TYPES.map(([, path]) => path),
  '/artikelen/medicijnen',
  '/artikelen/voeding-calcium-en-vitamine-d',
  '/artikelen/bewegen-en-oefeningen',
];

for (const size of ['normaal', 'grootst']) {
  test(`no page scrolls sideways at 320 px, text size ${size} @phone`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 320, height: 700 });
    await page.addInitScript((chosen) => localStorage.setItem('botwijzer-tekstgrootte', chosen), size);
    for (const path of EVERY_PAGE) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    }
  });
}

test('body text is at least 18 px and lines stay readable in length', async ({ page }) => {
  await page.goto('/artikelen/wat-is-osteoporose');
  const paragraph = page.locator('article .prose p').first();
  const size = await paragraph.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);
  const width = await paragraph.evaluate((el) => el.getBoundingClientRect().width);
  expect(width / size).toBeLessThanOrEqual(40); // about 70–80 characters at an average glyph width of ~0.5 em
});

test('the sitemap lists every article and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/artikelen/veelgestelde-vragen');
  expect(sitemap.match(/<url>/g)?.length).toBeGreaterThanOrEqual(16);
  expect(await (await request.get('/robots.txt')).text()).toContain('sitemap.xml');
});

test('an article page carries its canonical address and link-preview data', async ({ page }) => {
  await page.goto('/artikelen/vallen-voorkomen');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/artikelen\/vallen-voorkomen$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
});
