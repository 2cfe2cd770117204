import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { openMenuIfFolded } from './menu';

const ARTICLE = '/artikelen/medicijnen';

async function canonicalUrl(page: Page) {
  return (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
}

test.describe('search', () => {
  test('a reader types a word in the header, lands on the search page and follows a result to the right section @phone', async ({
    page,
  }) => {
    await page.goto('/artikelen');
    await openMenuIfFolded(page);
    const headerSearch = page.getByRole('search', { name: 'Zoeken op de site' });
    await headerSearch.getByLabel('Zoeken').fill('prolia');
    await headerSearch.getByLabel('Zoeken').press('Enter');

    await expect(page).toHaveURL(/\/zoeken\?q=prolia$/);
    await expect(page.getByRole('status').filter({ hasText: /resultaten? gevonden voor “prolia”/ })).toBeVisible();
    await expect(page.getByText('Prolia is de merknaam van denosumab.')).toBeVisible();
    await expectNoAxeViolations(page);

    const result = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Welke medicijnen helpen bij osteoporose?' }) });
    const section = result
      .getByRole('list', { name: /Delen van/ })
      .getByRole('link', { name: /denosumab/ })
      .first();
    const sectionTitle = (await section.textContent()) ?? '';
    const href = (await section.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/artikelen\/medicijnen#[a-z0-9-]+$/);

    await section.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('heading', { name: sectionTitle })).toBeInViewport();
  });

  for (const [word, expected] of [
    ['botontkalking', 'Wat is osteoporose?'],
    ['melk', 'Calcium en vitamine D: wat heeft u nodig?'],
    ['prolia', 'Welke medicijnen helpen bij osteoporose?'],
    ['vallen', 'Hoe voorkomt u dat u valt?'],
    ['dexa', 'DEXA-scan'],
  ] as const) {
    test(`"${word}" finds "${expected}" with a clean address`, async ({ page }) => {
      await page.goto(`/zoeken?q=${word}`);
      const results = page.getByRole('list', { name: 'Zoekresultaten' });
      const link = results.getByRole('link', { name: expected, exact: true }).first();
      await expect(link).toBeVisible();
      expect(await link.getAttribute('href')).toMatch(/^\/[a-z0-9/-]+(#[a-z0-9-]+)?$/);
    });
  }

  test('a glossary term leads straight to its entry', async ({ page }) => {
    await page.goto('/zoeken?q=osteopenie');
    await page.getByRole('link', { name: 'Osteopenie', exact: true }).click();
    await expect(page).toHaveURL(/\/woordenlijst#osteopenie$/);
    await expect(page.getByRole('term').filter({ hasText: /^Osteopenie$/ })).toBeInViewport();
  });

  test('typing on the search page searches as you go and keeps the address in step', async ({ page }) => {
    await page.goto('/zoeken');
    await expect(page.getByRole('link', { name: 'calcium', exact: true })).toBeVisible();
    await page.getByLabel('Waar zoekt u naar?').pressSequentially('heup');
    await expect(page.getByRole('status').filter({ hasText: /gevonden voor “heup”/ })).toBeVisible();
    await expect(page).toHaveURL(/\/zoeken\?q=heup$/);
  });

  test('nothing found: the reader hears so and gets tips and suggestions that work @phone', async ({ page }) => {
    await page.goto('/zoeken?q=qwxyzzy');
    await expect(page.getByRole('status')).toHaveText('Geen resultaten gevonden voor “qwxyzzy”.');
    await expect(page.getByText('Kijk of het woord goed gespeld is.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'vallen', exact: true }).click();
    await expect(page).toHaveURL(/\/zoeken\?q=vallen$/);
    await expect(page.getByLabel('Waar zoekt u naar?')).toHaveValue('vallen');
    await expect(page.getByRole('status')).toContainText('gevonden voor “vallen”');
  });
});

test.describe('share', () => {
  test('a reader copies the link to an article and to one section, and hears that it worked @phone', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(ARTICLE);
    const canonical = await canonicalUrl(page);
    expect(canonical).toMatch(/^https:\/\/.+\/artikelen\/medicijnen$/);

    const share = page.getByRole('group', { name: 'Dit artikel delen' });
    await share.getByRole('button', { name: 'Kopieer link' }).click();
    await expect(share.getByRole('status')).toHaveText(/De link is gekopieerd/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);

    const email = share.getByRole('link', { name: 'E-mail' });
    expect(await email.getAttribute('href')).toMatch(/^mailto:\?subject=Welke%20medicijnen/);
    const whatsapp = share.getByRole('link', { name: 'WhatsApp' });
    expect(new URL((await whatsapp.getAttribute('href')) ?? '').searchParams.get('text')).toContain(canonical);

    await page.locator('summary', { hasText: 'Deel dit stuk' }).nth(1).click();
    const sectionCopy = page.getByRole('button', { name: 'Kopieer link naar dit stuk' });
    await expect(sectionCopy).toBeVisible();
    await expectNoAxeViolations(page);
    await sectionCopy.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^${canonical}#[a-z0-9-]+$`));
  });

  test('where the browser has a share sheet, "Delen" opens it with the article', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: unknown[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void shared.push(data) });
    });
    await page.goto(ARTICLE);
    const canonical = await canonicalUrl(page);
    await page.getByRole('group', { name: 'Dit artikel delen' }).getByRole('button', { name: 'Delen' }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([
      { title: 'Welke medicijnen helpen bij osteoporose?', url: canonical },
    ]);
  });

  test('link previews have the title, the description and a generated image with the title', async ({
    page,
    request,
  }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      'Welke medicijnen helpen bij osteoporose?',
    );
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /.{20,}/);
    const image = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
    expect(new URL(image).pathname).toMatch(/^\/artikelen\/medicijnen\/opengraph-image/);
    const response = await request.get(new URL(image).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  });
});

test.describe('print', () => {
  test('the printed article is a clean handout with the address and a QR code @phone', async ({ page }) => {
    await page.goto(ARTICLE);
    const canonical = await canonicalUrl(page);
    await expect(page.getByRole('img', { name: /QR-code/ })).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await expect(page.getByRole('search', { name: 'Zoeken op de site' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Op deze pagina' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print deze pagina' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Kopieer link', exact: true })).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();

    await expect(
      page.getByRole('heading', { level: 1, name: 'Welke medicijnen helpen bij osteoporose?' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'In het kort' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Bronnen' })).toBeVisible();
    await expect(page.getByText(/Laatst gecontroleerd op/)).toBeVisible();
    await expect(page.getByRole('img', { name: /QR-code/ })).toBeVisible();
    await expect(page.getByText(canonical.replace(/^https:\/\//, ''), { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  });

  test('"Print deze pagina" opens the print dialog', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'ja');
    });
    await page.goto(ARTICLE);
    await page.getByRole('button', { name: 'Print deze pagina' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'ja');
  });
});

test.describe('reading comfort', () => {
  test('the text size changes the text, is applied before the first paint and survives a reload @phone', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      // Records data-tekst the moment <body> exists: before the first paint, so no jump in size.
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        document.documentElement.dataset.tekstBijStart = document.documentElement.getAttribute('data-tekst') ?? 'geen';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(ARTICLE);
    const lead = page.getByRole('paragraph').filter({ hasText: 'Wanneer medicijnen nodig zijn' });
    const sizeOf = () => lead.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const normal = await sizeOf();

    await openMenuIfFolded(page);
    const control = page.getByRole('group', { name: 'Tekstgrootte' });
    await expect(control.getByRole('radio', { name: 'Normaal' })).toBeChecked();
    await control.getByRole('radio', { name: 'Grootst', exact: true }).check();
    // A choice made before the control has started (it is in the HTML from the start) takes effect when it starts.
    await expect.poll(sizeOf).toBeGreaterThan(normal * 1.2);
    await expectNoAxeViolations(page);

    await page.reload();
    await openMenuIfFolded(page);
    await expect(
      page.getByRole('group', { name: 'Tekstgrootte' }).getByRole('radio', { name: 'Grootst' }),
    ).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-tekst-bij-start', 'grootst');
    expect(await sizeOf()).toBeGreaterThan(normal * 1.2);

    await page.getByRole('group', { name: 'Tekstgrootte' }).getByRole('radio', { name: 'Normaal' }).check();
    expect(await sizeOf()).toBe(normal);
  });

  async function expectNoSidewaysScroll(page: Page, width: number, paths: readonly string[]) {
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript(() => localStorage.setItem('botwijzer-tekstgrootte', 'grootst'));
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-tekst', 'grootst');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
    }
  }

  const PAGES = [ARTICLE, '/zoeken?q=melk', '/woordenlijst', '/'] as const;
  const TOOLS = ['/hulpmiddelen/t-score', '/hulpmiddelen/calcium'] as const;

  test('at 320 px (400 % zoom) with the largest text nothing scrolls sideways', async ({ page }) => {
    await expectNoSidewaysScroll(page, 320, PAGES);
  });

  test('at 640 px (200 % zoom) with the largest text nothing scrolls sideways, tools included', async ({ page }) => {
    await expectNoSidewaysScroll(page, 640, [...PAGES, ...TOOLS]);
  });

  for (const tool of TOOLS) {
    test(`${tool} at 320 px with the largest text does not scroll sideways`, async ({ page }) => {
      await expectNoSidewaysScroll(page, 320, [tool]);
    });
  }

  test('"Lees voor" reads the article in Dutch, with pause, resume and stop @phone', async ({ page }) => {
    await page.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      const fake = {
        speaking: false,
        getVoices: () => [],
        speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }),
        pause: () => spoken.push({ text: '[pauze]', lang: '' }),
        resume: () => spoken.push({ text: '[verder]', lang: '' }),
        cancel: () => undefined,
      };
      Object.defineProperty(window, 'speechSynthesis', { value: fake });
      Object.assign(window, { spoken });
    });
    await page.goto(ARTICLE);
    await page.getByRole('button', { name: 'Lees voor' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Het artikel wordt voorgelezen.' })).toBeVisible();
    const spoken = await page.evaluate(
      () => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken,
    );
    expect(spoken[0]).toEqual({ text: 'Welke medicijnen helpen bij osteoporose?', lang: 'nl-NL' });
    expect(spoken.some((s) => s.text.includes('denosumab'))).toBe(true);
    expect(spoken.some((s) => /Link naar dit deel|Deel dit stuk|Kopieer link|uitleg tonen/.test(s.text))).toBe(false);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Pauzeer voorlezen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Voorlezen is gepauzeerd.' })).toBeVisible();
    await page.getByRole('button', { name: 'Ga verder met voorlezen' }).click();
    await page.getByRole('button', { name: 'Stop voorlezen' }).click();
    await expect(page.getByRole('button', { name: 'Lees voor' })).toBeVisible();
  });

  test('"Lees voor" is not shown where the browser cannot speak', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined });
    });
    await page.goto(ARTICLE);
    await expect(page.getByRole('button', { name: 'Print deze pagina' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lees voor' })).toHaveCount(0);
  });
});
