import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const FALLS = '/hulpmiddelen/valrisico';
const BONES = '/hulpmiddelen/botbreukrisico';

const question = (page: Page, name: RegExp) => page.getByRole('group', { name });
const status = (page: Page) => page.getByRole('status').filter({ hasText: /punt|huisarts|leeftijd|Beantwoord/ });

async function openFalls(page: Page, fragment = '') {
  await page.goto(`${FALLS}${fragment}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Valcheck: de vragenlijst van de CDC');
  // The island has started once the live region shows its first text.
  await expect(status(page)).toBeVisible();
}

async function openBones(page: Page, fragment = '') {
  await page.goto(`${BONES}${fragment}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moet ik mijn huisarts vragen naar mijn botten?');
  await expect(status(page)).toBeVisible();
}

test.describe('by touch', () => {
  test.use({ hasTouch: true });

  test('@phone a patient taps three answers and reads 5 points and what to do next', async ({ page }) => {
    await openFalls(page);
    await expect(status(page)).toHaveAttribute('aria-live', 'polite');
    await expect(page.getByText('Slaat u een vraag over? Dan telt die als nee.')).toBeVisible();

    await question(page, /Bent u het afgelopen jaar gevallen\?/)
      .getByRole('radio', { name: 'Ja' })
      .tap();
    await expect(status(page)).toHaveText(
      'U heeft 2 punten. Dat is minder dan 4. Maar u bent het afgelopen jaar gevallen. Bespreek uw val met uw huisarts.',
    );
    await question(page, /stok of rollator/)
      .getByRole('radio', { name: 'Ja' })
      .tap();
    await question(page, /onzeker als u loopt/)
      .getByRole('radio', { name: 'Ja' })
      .tap();
    await question(page, /somber/)
      .getByRole('radio', { name: 'Nee' })
      .tap();

    await expect(status(page)).toHaveText(
      'U heeft 5 punten. Dat betekent dat u een grotere kans kunt hebben om te vallen.',
    );
    await expect(page.getByText('U heeft 4 van de 12 vragen beantwoord. De andere tellen als nee.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Wat kunt u nu doen?' })).toBeVisible();
    await expect(page.getByText(/Betaalt de basisverzekering\? Sinds 1 januari 2024/)).toBeVisible();
    await expect(page.getByRole('link', { name: /Vallen voorkomen/ })).toHaveAttribute(
      'href',
      '/artikelen/vallen-voorkomen',
    );
    await expect(page.getByRole('link', { name: /Bewegen en oefeningen/ }).first()).toHaveAttribute(
      'href',
      '/artikelen/bewegen-en-oefeningen',
    );
    await expect(page).toHaveURL(/#gevallen=ja&stok-of-rollator=ja&onzeker-lopen=ja&somber=nee$/);

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('a patient answers by keyboard only and reaches 4 points', async ({ page }) => {
  await openFalls(page);
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'gevallen')) break;
  }
  await expect(question(page, /afgelopen jaar gevallen/).getByRole('radio', { name: 'Ja' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(status(page)).toHaveText(
    'U heeft 4 punten. Dat betekent dat u een grotere kans kunt hebben om te vallen.',
  );
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(question(page, /onzeker als u loopt/).getByRole('radio', { name: 'Nee' })).toBeChecked();
  await expect(status(page)).toContainText('U heeft 4 punten.');
});

test('a shared link restores the answers; unknown keys and values are ignored', async ({ page }) => {
  await openFalls(page, '#gevallen=ja&wc=ja&somber=ja&onbekend=ja&meubels=misschien');
  await expect(question(page, /afgelopen jaar gevallen/).getByRole('radio', { name: 'Ja' })).toBeChecked();
  await expect(question(page, /wc/).getByRole('radio', { name: 'Ja' })).toBeChecked();
  await expect(question(page, /meubels/).getByRole('radio', { name: 'Ja' })).not.toBeChecked();
  await expect(question(page, /meubels/).getByRole('radio', { name: 'Nee' })).not.toBeChecked();
  await expect(status(page)).toHaveText(
    'U heeft 4 punten. Dat betekent dat u een grotere kans kunt hebben om te vallen.',
  );
});

test('the printed fall-risk sheet shows the date, every answer, the result and the address, and no buttons', async ({
  page,
}) => {
  await openFalls(page, '#gevallen=ja&stok-of-rollator=nee&bang-om-te-vallen=ja');
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('[data-print-sheet]');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText(/Ingevuld op \d{1,2} \w+ \d{4}\./);
  await expect(sheet.getByRole('row')).toHaveCount(13);
  await expect(sheet.getByRole('row', { name: /Bent u het afgelopen jaar gevallen\? Ja \(2 punten\)/ })).toBeVisible();
  await expect(sheet.getByRole('row', { name: /stok of rollator.* Nee$/ })).toBeVisible();
  await expect(sheet.getByRole('row', { name: /somber.* Geen antwoord$/ })).toBeVisible();
  await expect(sheet).toContainText('U heeft 3 punten.');
  await expect(sheet).toContainText('CDC STEADI');
  await expect(page.getByRole('img', { name: /QR-code met het adres .*\/hulpmiddelen\/valrisico/ })).toBeVisible();
  await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
  await expect(page.getByRole('radio').filter({ visible: true })).toHaveCount(0);
});

test('the fall-risk page credits the CDC, disclaims endorsement and names the validation study', async ({ page }) => {
  await openFalls(page);
  await expect(page.getByText(/Bron van de vragen: CDC STEADI/).filter({ visible: true })).toBeVisible();
  await expect(
    page.getByText(
      'Use of this material does not imply endorsement by CDC, ATSDR, HHS or the United States Government.',
    ),
  ).toBeVisible();
  await expect(page.getByText(/Rubenstein LZ.*J Safety Res\. 2011;42\(6\):493-499/)).toBeVisible();
});

test('axe finds nothing on the fall-risk test, empty and filled in', async ({ page }) => {
  await openFalls(page);
  await expectNoAxeViolations(page);
  await openFalls(page, '#gevallen=ja&stok-of-rollator=ja&somber=nee');
  await expectNoAxeViolations(page);
});

test('axe finds nothing on the fracture check, empty, with an age error and filled in', async ({ page }) => {
  test.slow();
  await openBones(page);
  await expectNoAxeViolations(page);
  await openBones(page, '#leeftijd=7&geslacht=v&breuk=recent');
  await page.getByLabel('Hoe oud bent u?').focus();
  await page.getByLabel('Hoe oud bent u?').blur();
  await expect(page.getByLabel('Hoe oud bent u?')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await openBones(page, '#leeftijd=67&geslacht=v&breuk=recent&roken=ja&reuma=ja');
  await expectNoAxeViolations(page);
});

test('@phone the fracture check names what the guideline counts, at the age edge 49/50', async ({ page }) => {
  await openBones(page);
  await expect(status(page)).toHaveText('Vul eerst uw leeftijd in. Die bepaalt welke regels voor u gelden.');
  const age = page.getByLabel('Hoe oud bent u?');
  await age.fill('50');
  await question(page, /Bent u een vrouw of een man\?/)
    .getByRole('radio', { name: 'Man' })
    .check();
  await question(page, /afgelopen 2 jaar een bot gebroken/)
    .getByRole('radio', { name: 'Ja', exact: true })
    .check();
  await expect(status(page)).toHaveText(
    'Door uw botbreuk in de afgelopen 2 jaar hoort u bij de mensen bij wie de huisarts de kans op een botbreuk wil inschatten. Maak een afspraak met uw huisarts.',
  );
  await expect(
    page.getByRole('listitem').filter({ hasText: 'U bent 50 jaar of ouder en u brak in de afgelopen 2 jaar een bot.' }),
  ).toBeVisible();
  // The menopause question is for women only.
  await expect(question(page, /overgang/)).toHaveCount(0);
  await expect(page).toHaveURL(/#leeftijd=50&geslacht=m&breuk=recent$/);

  await age.fill('49');
  await expect(status(page)).toHaveText(
    'Uit uw antwoorden blijkt iets dat uw kans op een botbreuk groter kan maken. Bespreek het met uw huisarts.',
  );
  await expect(page.locator('body')).not.toContainText(/u heeft osteoporose|%/i);
});

for (const [typed, message] of [
  ['7', 'Deze vragen zijn voor volwassenen. Vul een leeftijd in vanaf 18 jaar.'],
  ['140', 'Vul een leeftijd in van 18 tot en met 120 jaar.'],
  ['zeventig', 'Vul uw leeftijd in met cijfers, zoals 67.'],
] as const) {
  test(`the age ${typed} gets a Dutch message tied to the field`, async ({ page }) => {
    await openBones(page);
    const age = page.getByLabel('Hoe oud bent u?');
    await age.fill(typed);
    await age.blur();
    await expect(age).toHaveAttribute('aria-invalid', 'true');
    await expect(age).toHaveAccessibleDescription(new RegExp(message.replace(/[.?]/g, '\\$&')));
    await expect(status(page)).toHaveText(message);
  });
}

test('a shared fracture-check link restores the answers; the printed sheet shows each one and no buttons', async ({
  page,
}) => {
  await openBones(page, '#leeftijd=67&geslacht=v&breuk=eerder&roken=ja&onbekend=1');
  await expect(page.getByLabel('Hoe oud bent u?')).toHaveValue('67');
  await expect(question(page, /Rookt u\?/).getByRole('radio', { name: 'Ja' })).toBeChecked();
  await expect(status(page)).toContainText('Door uw leeftijd en wat u noemde hoort u bij de mensen');

  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('[data-print-sheet]');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Hoe oud bent u\? 67 jaar/ })).toBeVisible();
  await expect(
    sheet.getByRole('row', {
      name: /afgelopen 2 jaar een bot gebroken\? Nee, maar wel eerder: 2 jaar geleden of langer/,
    }),
  ).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Drinkt u veel alcohol\? Geen antwoord/ })).toBeVisible();
  await expect(sheet).toContainText('U bent 60 jaar of ouder en u rookt.');
  await expect(sheet).toContainText('Bespreek ook met uw huisarts: u brak een bot, 2 jaar geleden of langer.');
  await expect(page.getByRole('img', { name: /QR-code met het adres .*\/hulpmiddelen\/botbreukrisico/ })).toBeVisible();
  await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the fall-risk page lists every question with its points and explains how to count', async ({ page }) => {
    await page.goto(FALLS);
    await expect(page.getByRole('main').getByRole('group')).toHaveCount(12);
    await expect(question(page, /Vraag 1 · ja is 2 punten/)).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Ja' })).toHaveCount(12);
    await expect(page.getByRole('heading', { name: 'Zo telt u de punten' })).toBeVisible();
    await expect(
      page
        .getByText('Heeft u 4 punten of meer? Dan kunt u een grotere kans hebben om te vallen.')
        .filter({ visible: true }),
    ).toBeVisible();
    const names = await page
      .getByRole('radio')
      .evaluateAll((radios) => [...new Set(radios.map((r) => (r as HTMLInputElement).name))]);
    expect(names).toContain('stok-of-rollator');
  });

  test('the fracture page lists the questions and whom the GP assesses', async ({ page }) => {
    await page.goto(BONES);
    await expect(page.getByLabel('Hoe oud bent u?')).toHaveAttribute('name', 'leeftijd');
    await expect(page.getByRole('heading', { name: 'Bij wie kijkt de huisarts naar uw botten?' })).toBeVisible();
    await expect(page.getByText('U bent 50 jaar of ouder en u brak minder dan 2 jaar geleden een bot.')).toBeVisible();
  });
});

test('the home page and three articles lead to the checks', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Heb ik een grotere kans om te vallen?' })).toHaveAttribute(
    'href',
    FALLS,
  );
  await expect(page.getByRole('link', { name: 'Moet ik mijn huisarts vragen naar mijn botten?' })).toHaveAttribute(
    'href',
    BONES,
  );
  for (const [slug, href] of [
    ['vallen-voorkomen', FALLS],
    ['oorzaken-en-risicofactoren', BONES],
    ['veelgestelde-vragen', BONES],
  ] as const) {
    await page.goto(`/artikelen/${slug}`);
    await expect(page.locator(`main a[href="${href}"]`).first()).toBeVisible();
  }
});
