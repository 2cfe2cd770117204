import { expect, expectNoAxeViolations, test } from './fixtures';
import { openMenuIfFolded } from './menu';

const PAGE_TYPES = [
  ['home', '/'],
  ['article index', '/artikelen'],
  ['article', '/artikelen/wat-is-osteoporose'],
  ['article with a tool', '/artikelen/botdichtheidsmeting-dexa'],
  ['about', '/over'],
  ['glossary', '/woordenlijst'],
  ['T-score tool', '/hulpmiddelen/t-score'],
  ['calcium calculator', '/hulpmiddelen/calcium'],
  ['bone card', '/hulpmiddelen/mijn-botkaart'],
  ['exercise plan', '/hulpmiddelen/oefenschema'],
  ['not found', '/artikelen/bestaat-niet'],
] as const;

for (const [name, path] of PAGE_TYPES) {
  test(`the ${name} page is Dutch, has one h1 and passes axe @phone`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/Botwijzer/);
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

test('a link to a section lands on that section, and every section offers its own link', async ({ page }) => {
  await page.goto('/artikelen/botdichtheidsmeting-dexa');
  const toc = page.getByRole('navigation', { name: 'Op deze pagina' });
  const second = toc.getByRole('link').nth(1);
  const text = (await second.textContent()) ?? '';
  const href = (await second.getAttribute('href')) ?? '';
  expect(href).toMatch(/^#[a-z0-9-]+$/);

  await page.goto(`/artikelen/botdichtheidsmeting-dexa${href}`);
  const heading = page.getByRole('heading', { level: 2, name: text });
  await expect(heading).toBeInViewport();
  await expect(heading.getByRole('link', { name: 'Link naar dit deel' })).toHaveAttribute('href', href);
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

test('pages fit a 320 px screen without sideways scrolling @phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['/', '/artikelen/medicijnen', '/hulpmiddelen/calcium', '/hulpmiddelen/t-score', '/hulpmiddelen/mijn-botkaart', '/woordenlijst']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});

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
