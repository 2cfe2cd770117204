import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const PATH = '/hulpmiddelen/t-score';
const SPINE = 'T-score lendenwervels (wervelkolom)';
const HIP = 'T-score totale heup';
const SUBMIT = 'Bekijk wat uw score betekent';

function result(page: Page) {
  return page.getByRole('status').filter({ hasText: 'Uitkomst' });
}

async function open(page: Page, fragment = '') {
  await page.goto(`${PATH}${fragment}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Wat betekent mijn T-score?' })).toBeVisible();
}

test('@phone a patient types -2,5 with a Dutch comma and sees osteoporose and the marker', async ({ page }) => {
  await open(page);
  await page.getByLabel(SPINE).fill('-2,5');
  await page.getByRole('button', { name: SUBMIT }).click();

  await expect(result(page).getByRole('heading', { level: 3 })).toHaveText('Uitkomst: Osteoporose');
  await expect(result(page)).toContainText('Uw T-score is -2,5, gemeten bij de lendenwervels (wervelkolom).');
  await expect(result(page)).toContainText('Bespreek de uitslag met uw huisarts');
  await expect(page.getByRole('img', { name: /Uw score -2,5 staat in het deel osteoporose/ })).toBeVisible();
  await expect(page.getByTestId('tscore-marker')).toBeVisible();
  await expect(result(page).getByRole('link', { name: 'Medicijnen bij osteoporose' })).toHaveAttribute(
    'href',
    '/artikelen/medicijnen',
  );
  await expect(page).toHaveURL(/#wervelkolom=-2,5&groep=t&breuk=nee$/);
  await expect(page.getByLabel(SPINE)).toHaveValue('-2,5');

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a value with the Unicode minus from a PDF letter, −2,7, is read as -2,7', async ({ page }) => {
  await open(page);
  await page.getByLabel(HIP).fill('\u22122,7');
  await page.getByRole('button', { name: SUBMIT }).click();
  await expect(result(page).getByRole('heading', { level: 3 })).toHaveText('Uitkomst: Osteoporose');
  await expect(result(page)).toContainText('Uw T-score is -2,7, gemeten bij de totale heup.');
  await expect(page.getByLabel(HIP)).toHaveValue('\u22122,7');
});

// Every band edge and rounding edge is in tests/unit/tscore.test.ts; the browser checks one of each kind: the
// typed value is rounded to one decimal before it is classified, and the page says so.
test('a value at a rounding edge, -2,45, is read as -2,5 and says so', async ({ page }) => {
  await open(page);
  await page.getByLabel(SPINE).fill('-2,45');
  await page.getByLabel(SPINE).press('Enter');
  await expect(result(page).getByRole('heading', { level: 3 })).toHaveText('Uitkomst: Osteoporose');
  await expect(result(page)).toContainText('u typte -2,45');
});

test('@phone an invalid value gives an announced error tied to its field, and the text stays', async ({ page }) => {
  await open(page);
  const field = page.getByLabel(SPINE);
  await field.fill('min twee');
  await page.getByRole('button', { name: SUBMIT }).click();

  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/Dit is geen getal\. Typ alleen het getal van uw T-score/);
  await expect(page.getByRole('alert').filter({ hasText: 'Dit is geen getal' })).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('min twee');
  await expect(result(page)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await field.fill('-25');
  await field.press('Enter');
  await expect(field).toHaveAccessibleDescription(/Bedoelt u -2,5\? Typ dan ook de komma/);
});

test('an empty form asks for at least one score', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: SUBMIT }).click();
  await expect(page.getByLabel(SPINE)).toHaveAccessibleDescription(/Vul ten minste één T-score in/);
});

test('@phone a shared link reproduces the result at once', async ({ page }) => {
  await open(page, '#wervelkolom=-1,2&heup=-2,7&dijbeenhals=-2,1&groep=t&breuk=ja');
  await expect(result(page).getByRole('heading', { level: 3 })).toHaveText('Uitkomst: Ernstige osteoporose');
  await expect(result(page)).toContainText('De laagste score telt: -2,7, gemeten bij de totale heup.');
  await expect(page.getByLabel(SPINE)).toHaveValue('-1,2');
  await expect(page.getByLabel(HIP)).toHaveValue('-2,7');
  const fracture = page.getByRole('group', { name: /bot gebroken na een kleine val/ });
  await expect(fracture.getByRole('radio', { name: 'Ja', exact: true })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Kopieer link' })).toBeVisible();
});

test('a shared Z-score link shows the Z-score words, never osteoporose', async ({ page }) => {
  await open(page, '#wervelkolom=-2,3&groep=z&breuk=nee');
  await expect(page.getByLabel('Z-score lendenwervels (wervelkolom)')).toHaveValue('-2,3');
  const heading = result(page).getByRole('heading', { level: 3 });
  await expect(heading).toHaveText('Uitkomst: Lager dan verwacht voor uw leeftijd');
  await expect(
    result(page)
      .locator('p')
      .filter({ hasText: /osteoporose/i }),
  ).toHaveCount(0);
});

test('a section anchor that is not the tool’s is left alone', async ({ page }) => {
  await open(page, '#groepen');
  await expect(result(page)).toHaveCount(0);
  await expect(page).toHaveURL(/#groepen$/);
});

test('Kopieer link copies the address with the values', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await page.getByLabel(SPINE).fill('-1,7');
  await page.getByLabel(SPINE).press('Enter');
  await page.getByRole('button', { name: 'Kopieer link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De link is gekopieerd' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/hulpmiddelen\/t-score#wervelkolom=-1,7&groep=t&breuk=nee$/);
});

test('works with the keyboard alone', async ({ page }) => {
  await open(page);
  // Tab to the group question, change it with the arrow keys, then Tab on to the first score field.
  const firstGroup = page.getByRole('radio', { name: /na de overgang/ });
  for (
    let presses = 0;
    presses < 40 && !(await firstGroup.evaluate((el) => el === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(firstGroup).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /voor de overgang/ })).toBeChecked();
  await page.keyboard.press('Tab');
  const zField = page.getByLabel('Z-score lendenwervels (wervelkolom)');
  await expect(zField).toBeFocused();
  await page.keyboard.type('-2,1');
  await page.keyboard.press('Enter');
  await expect(result(page).getByRole('heading', { level: 3 })).toHaveText(
    'Uitkomst: Lager dan verwacht voor uw leeftijd',
  );

  // Back to the T-score group with Shift+Tab and the arrow keys: the result follows at once.
  await zField.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowUp');
  await expect(result(page).getByRole('heading', { level: 3 })).toHaveText('Uitkomst: Osteopenie');
  await expect(page).toHaveURL(/groep=t/);
});

test('axe finds nothing on the empty page and with a result', async ({ page }) => {
  await open(page);
  await expectNoAxeViolations(page);
  await page.getByLabel(SPINE).fill('-1,4');
  await page.getByLabel(HIP).fill('-6,2');
  await page.getByRole('button', { name: SUBMIT }).click();
  await expect(result(page)).toContainText('Controleer uw uitslag');
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page still explains the bands in a table', async ({ page }) => {
    await page.goto(PATH);
    const table = page.getByRole('table', { name: 'De T-score en de groepen' });
    await expect(table.getByRole('row', { name: /Osteopenie/ })).toContainText('lager dan -1,0 en hoger dan -2,5');
    await expect(table.getByRole('row', { name: /^Osteoporose/ })).toContainText('-2,5 of lager');
    await expect(page.getByRole('heading', { name: 'Dit hulpmiddel stelt geen diagnose' })).toBeVisible();
  });
});

test('@phone the tool embedded in an article works and leaves the article’s section anchors alone', async ({
  page,
}) => {
  await page.goto('/artikelen/botdichtheidsmeting-dexa#wat-is-een-z-score');
  await expect(page).toHaveURL(/#wat-is-een-z-score$/);
  await expect(result(page)).toHaveCount(0);
  await page.getByLabel(SPINE).fill('-1,8');
  await page.getByLabel(SPINE).press('Enter');
  await expect(result(page).getByRole('heading', { level: 3 })).toHaveText('Uitkomst: Osteopenie');
  await expect(page).toHaveURL(/#wervelkolom=-1,8&groep=t&breuk=nee$/);
  await expectNoAxeViolations(page);
});
