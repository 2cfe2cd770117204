import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const PATH = '/hulpmiddelen/calcium';

function summary(page: Page) {
  return page.getByRole('status').filter({ hasText: 'calcium per dag binnen' });
}

async function open(page: Page, fragment = '') {
  await page.goto(`${PATH}${fragment}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Calciumcalculator' })).toBeVisible();
}

/** A food or supplement box by its visible label (the − and + buttons have names of their own). */
function box(page: Page, label: string) {
  return page.getByRole('textbox', { name: label, exact: true });
}

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('@phone a patient enters age and sex, taps + for milk, types 1,5 for cheese and reads the gap', async ({
  page,
}) => {
  await open(page);
  await box(page, 'Uw leeftijd').fill('72');
  await page.getByRole('radio', { name: 'Vrouw' }).check();
  const moreMilk = page.getByRole('button', { name: 'Eén glas halfvolle melk meer' });
  await moreMilk.click();
  await moreMilk.click();
  await expect(box(page, 'Halfvolle melk')).toHaveValue('2');
  await box(page, 'Kaas 48+ (jong belegen)').fill('1,5');

  // 2 × 190 + 1,5 × 162 = 623 mg; a woman of 72 is advised 1200 mg: 577 mg short.
  await expect(summary(page)).toHaveText(
    'U krijgt ongeveer 623 mg calcium per dag binnen. Dat is 577 mg minder dan de 1.200 mg die wordt aangeraden.',
  );
  await expect(
    page.getByRole('group', { name: 'Over u' }).getByText('Wij vergelijken met 1.200 mg per dag.'),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /Totaal 623\smg van de 1\.200\smg/ })).toBeVisible();
  // 577 / 208 → 3 bowls of yoghurt, 624 mg.
  await expect(page.getByRole('listitem').filter({ hasText: '3 schaaltjes yoghurt extra: +624 mg' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: '1,5 plakken kaas 48+: 243 mg (39%)' })).toBeVisible();
  await expect(page).toHaveURL(/#leeftijd=72&geslacht=v&halfvolle-melk=2&kaas-48=1,5$/);

  await page.getByRole('button', { name: 'Eén glas halfvolle melk minder' }).click();
  await expect(summary(page)).toContainText('U krijgt ongeveer 433 mg calcium per dag binnen.');
  await noHorizontalScroll(page);
});

test('@phone a shared link restores the day, with a warning about one large supplement dose', async ({ page }) => {
  await open(page, '#leeftijd=60&geslacht=m&osteoporose=ja&yoghurt=1&supplement-ochtend=600');
  await expect(box(page, 'Uw leeftijd')).toHaveValue('60');
  await expect(page.getByRole('radio', { name: 'Man' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Ik heb osteoporose/ })).toBeChecked();
  await expect(box(page, 'Halfvolle yoghurt')).toHaveValue('1');
  await expect(box(page, 'Ochtend')).toHaveValue('600');
  // 208 + 600 = 808 mg; a man of 60 with osteoporosis: 950 raised to 1000 mg; 192 mg short.
  await expect(summary(page)).toHaveText(
    'U krijgt ongeveer 808 mg calcium per dag binnen. Dat is 192 mg minder dan de 1.000 mg die wordt aangeraden.',
  );
  await expect(
    page
      .getByRole('group', { name: 'Over u' })
      .getByText(/Dat valt buiten deze grenzen, dus wij vergelijken met 1\.000\smg/),
  ).toBeVisible();
  await expect(page.getByText(/'s ochtends meer dan 500\smg calcium in één keer/)).toBeVisible();
  await noHorizontalScroll(page);
});

test('an invalid entry keeps what was typed and says why next to it; changing age keeps every portion', async ({
  page,
}) => {
  await open(page, '#leeftijd=72&geslacht=v&karnemelk=2');
  const milk = box(page, 'Halfvolle melk');
  await milk.fill('300');
  await expect(milk).toHaveValue('300');
  await expect(milk).toHaveAttribute('aria-invalid', 'true');
  await expect(milk).toHaveAccessibleDescription(/Dat is erg veel\. Vul een aantal in van 0 tot en met 20\./);
  await expect(page.getByText('Eén vakje klopt nog niet en telt daarom niet mee.')).toBeVisible();
  // Only the buttermilk counts: 2 × 169 = 338 mg.
  await expect(summary(page)).toContainText('U krijgt ongeveer 338 mg calcium per dag binnen.');

  const age = box(page, 'Uw leeftijd');
  await age.fill('7');
  await expect(age).toHaveAccessibleDescription(/vanaf 18 jaar/);
  await age.fill('40');
  await page.getByRole('radio', { name: 'Man' }).check();
  await expect(box(page, 'Karnemelk')).toHaveValue('2');
  await expect(milk).toHaveValue('300');
  // A man of 40: 950 mg; 950 − 338 = 612 short.
  await expect(summary(page)).toHaveText(
    'U krijgt ongeveer 338 mg calcium per dag binnen. Dat is 612 mg minder dan de 950 mg die wordt aangeraden.',
  );
});

test('a section anchor in the address is left alone', async ({ page }) => {
  await open(page, '#hoeveel-nodig');
  await expect(box(page, 'Uw leeftijd')).toHaveValue('');
  await expect(page).toHaveURL(/#hoeveel-nodig$/);
});

test('keyboard only: fill in the day with Tab, Space and Enter, then copy the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  const age = box(page, 'Uw leeftijd');
  for (let i = 0; i < 40 && !(await age.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(age).toBeFocused();
  await page.keyboard.type('45');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Vrouw' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Vrouw' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /Ik heb osteoporose/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Eén glas halfvolle melk minder' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(box(page, 'Halfvolle melk')).toBeFocused();
  await page.keyboard.type('½ glas');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Eén glas halfvolle melk meer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(box(page, 'Halfvolle melk')).toHaveValue('2,5');
  // 2,5 × 190 = 475 mg; a woman of 45: 950 mg; 475 short.
  await expect(summary(page)).toHaveText(
    'U krijgt ongeveer 475 mg calcium per dag binnen. Dat is 475 mg minder dan de 950 mg die wordt aangeraden.',
  );

  const copy = page.getByRole('button', { name: 'Kopieer link' });
  for (let i = 0; i < 200 && !(await copy.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('De link is gekopieerd.', { exact: false })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/hulpmiddelen\/calcium#leeftijd=45&geslacht=v&halfvolle-melk=2,5$/);
});

test('printing shows the day, the total and the suggestions without buttons or form', async ({ page }) => {
  await open(page, '#leeftijd=72&geslacht=v&halfvolle-melk=2&kaas-48=1,5');
  await page.emulateMedia({ media: 'print' });
  await expect(summary(page)).toBeVisible();
  await expect(page.getByText('2 glazen halfvolle melk: 380 mg (61%)')).toBeVisible();
  await expect(page.getByText('3 schaaltjes yoghurt extra: +624 mg')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kopieer link' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Eén glas halfvolle melk meer' })).toBeHidden();
  await expect(page.getByText('Vrouw, 72 jaar.')).toBeVisible();
});

test('axe finds nothing on the empty tool @phone', async ({ page }) => {
  await open(page);
  await expectNoAxeViolations(page);
});

test('axe finds nothing on a filled-in day with an error and both warnings', async ({ page }) => {
  await open(page, '#leeftijd=80&geslacht=v&melk-extra-calcium=4&kaas-30=2&sardines=1&supplement-ochtend=1000&ei=veel');
  const outcome = page.getByRole('region', { name: 'Uw uitkomst' });
  await expect(outcome.getByText(/veilige bovengrens/)).toBeVisible();
  await expect(outcome.getByText(/meer dan 500\smg calcium in één keer/)).toBeVisible();
  await expectNoAxeViolations(page);
});
