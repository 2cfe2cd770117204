import { readFile } from 'node:fs/promises';
import type { Locator, Page, Request } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const PATH = '/hulpmiddelen/mijn-botkaart';
/** A fixed day, so that the computed dates are known: Tuesday 1 December 2026, in the browser's own zone. */
const TODAY = new Date(2026, 11, 1, 10, 0);
/** Values a person types; none of them may appear in any request the page makes. */
const SECRETS = ['-2,7', '14-11-2026', 'pols', 'Mag ik nog op wintersport?', 'mei 2025', '850'];

function overview(page: Page) {
  return page.locator('[data-bone-card-overview]');
}

async function open(page: Page, fragment = '') {
  await page.clock.setFixedTime(TODAY);
  await page.goto(`${PATH}${fragment}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn botkaart' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Meting toevoegen' })).toBeVisible();
}

/** Every request the page makes, with its address, headers and body, to check that no typed value travels. */
function recordRequests(page: Page) {
  const seen: string[] = [];
  page.on('request', (request: Request) => {
    seen.push([request.url(), JSON.stringify(request.headers()), request.postData() ?? ''].join('\n'));
  });
  return seen;
}

function expectNoSecrets(requests: readonly string[]) {
  for (const request of requests) {
    const decoded = decodeURIComponent(request.replace(/%(?![0-9A-F]{2})/gi, '%25'));
    for (const secret of SECRETS) expect(decoded, `a request carried "${secret}"`).not.toContain(secret);
  }
}

async function fillByKeyboard(page: Page) {
  await page.getByRole('button', { name: 'Meting toevoegen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[name="m1-datum"]')).toBeFocused();
  await page.keyboard.type('14-11-2026');
  // On through the date picker (its day, month and year are stops of their own) to the place.
  for (
    let step = 0;
    step < 6 && !(await page.getByLabel('Plek').evaluate((el) => el === document.activeElement));
    step += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(page.getByLabel('Plek')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // lendenwervels
  await page.locator('[name="m1-score"]').focus();
  await page.keyboard.type('-2,7');
  await page.keyboard.press('Tab');

  await page.getByRole('button', { name: 'Medicijn toevoegen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[name="med1"]')).toBeFocused();
  await page.locator('[name="med1"]').selectOption('denosumab');
  await page.locator('[name="med1-start"]').focus();
  await page.keyboard.type('mei 2025');
  await page.locator('[name="med1-laatst"]').focus();
  await page.keyboard.type('14-11-2026');
  await page.keyboard.press('Tab');

  await page.getByRole('checkbox', { name: 'Hoe lang moet ik dit medicijn gebruiken?' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Eigen vraag toevoegen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Eigen vraag 1', { exact: true })).toBeFocused();
  await page.keyboard.type('Mag ik nog op wintersport?');
}

test('a patient fills in the card by keyboard, reads the next injection in words, and nothing leaves the browser', async ({
  page,
}) => {
  const requests = recordRequests(page);
  await open(page);
  await fillByKeyboard(page);

  await expect(page.getByText('Osteoporose.', { exact: true })).toBeVisible();
  await expect(overview(page)).toContainText(
    '14 november 2026, lendenwervels (wervelkolom), T-score -2,7: Osteoporose',
  );
  await expect(overview(page)).toContainText('Volgende prik: uiterlijk 14 mei 2027');
  await expect(overview(page)).toContainText('Herbeoordeling door uw arts: rond mei 2028');
  await expect(overview(page)).toContainText('Stop nooit zelf met denosumab');
  await expect(overview(page)).toContainText('Mag ik nog op wintersport?');
  await expectNoAxeViolations(page);

  // Build a restore link, print and download: still nothing sent.
  await page.getByRole('button', { name: 'Maak een link die uw kaart herstelt' }).click();
  await expect(page.getByLabel('De link naar uw kaart')).toHaveValue(/#kaart=1&m1-datum=14-11-2026/);
  await expect(page.getByText('iedereen die deze link heeft, kan uw kaart lezen')).toBeVisible();
  expectNoSecrets(requests);
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
});

test('@phone a patient fills in the card by tapping', async ({ page, hasTouch }) => {
  const requests = recordRequests(page);
  const tap = (locator: Locator) => (hasTouch ? locator.tap() : locator.click());
  await open(page);
  await tap(page.getByRole('button', { name: 'Breuk toevoegen' }));
  await page.getByLabel('Welk bot?').fill('pols');
  await page.getByLabel('Wanneer?').fill('maart 2024');
  await tap(page.getByRole('button', { name: 'Medicijn toevoegen' }));
  await page.getByLabel('Welk medicijn?').selectOption('alendronaat-week');
  await page.getByLabel('Op welke dag neemt u de tablet?').selectOption('do');
  await tap(page.getByText('Mag ik sporten? Welke oefeningen zijn goed voor mij?'));
  await expect(page.getByRole('checkbox', { name: /Mag ik sporten/ })).toBeChecked();

  await expect(overview(page)).toContainText('pols, maart 2024');
  await expect(overview(page)).toContainText('Volgende tablet: donderdag 3 december 2026, daarna elke donderdag');
  await expect(overview(page)).toContainText('30 minuten rechtop');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  expectNoSecrets(requests);
});

test('impossible and future dates, a score of "abc" and an empty medicine get a message at their field', async ({
  page,
}) => {
  await open(page);
  await page.getByRole('button', { name: 'Meting toevoegen' }).click();
  await page.locator('[name="m1-datum"]').fill('31 februari 2026');
  await page.locator('[name="m1-score"]').fill('abc');
  await page.locator('[name="m1-score"]').blur();
  await expect(page.locator('[name="m1-datum"]')).toHaveAccessibleDescription(/31 februari 2026 bestaat niet/);
  await expect(page.locator('[name="m1-score"]')).toHaveAccessibleDescription(/Dit is geen getal/);

  await page.getByRole('button', { name: 'Breuk toevoegen' }).click();
  await page.getByLabel('Wanneer?').fill('januari 2027');
  await page.getByLabel('Wanneer?').blur();
  await expect(page.getByLabel('Wanneer?')).toHaveAccessibleDescription(/ligt in de toekomst/);

  await page.getByRole('button', { name: 'Medicijn toevoegen' }).click();
  await page.getByLabel('Welk medicijn?').selectOption('denosumab');
  await page.getByLabel('Begonnen op').fill('mei 2025');
  await page.getByLabel('Welk medicijn?').selectOption('');
  await page.getByLabel('Welk medicijn?').blur();
  await expect(page.getByLabel('Welk medicijn?')).toHaveAccessibleDescription(
    'Fout: Kies welk medicijn dit is, of haal deze regel weg.',
  );
  await expectNoAxeViolations(page);
});

test('a result carried over from the T-score tool lands on the card, saved, survives a reload, and is wiped', async ({
  page,
}) => {
  const requests = recordRequests(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.clock.setFixedTime(TODAY);
  await page.goto('/hulpmiddelen/t-score#wervelkolom=-2,7&heup=-1,9&groep=t&breuk=nee');
  await page.getByRole('link', { name: 'Zet op mijn botkaart' }).click();

  await expect(page).toHaveURL(new RegExp(`${PATH}$`)); // the values leave the address bar once read
  await expect(page.getByText('De uitkomst is op uw kaart gezet.')).toBeVisible();
  await expect(overview(page)).toContainText('lendenwervels (wervelkolom), T-score -2,7: Osteoporose');
  await expect(overview(page)).toContainText('totale heup, T-score -1,9: Osteopenie');

  // Not kept until the person chooses to.
  await page.reload();
  await expect(overview(page)).toContainText('Uw kaart is nog leeg');
  await page.goBack();
  await page.goto('/hulpmiddelen/t-score#wervelkolom=-2,7&groep=t&breuk=nee');
  await page.getByRole('link', { name: 'Zet op mijn botkaart' }).click();
  await expect(overview(page)).toContainText('T-score -2,7');
  await expect(page.getByText('Gebruikt u een computer die u deelt met anderen')).toBeVisible();
  await page.getByRole('button', { name: 'Bewaar op dit apparaat' }).click();
  await expect(page.getByText('Uw kaart is bewaard op dit apparaat.')).toBeVisible();

  await page.reload();
  await expect(overview(page)).toContainText('lendenwervels (wervelkolom), T-score -2,7: Osteoporose');
  await expect(page.getByRole('button', { name: 'Niet meer bewaren' })).toBeVisible();

  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await expect(page.getByText('Alles is gewist.')).toBeVisible();
  await expect(overview(page)).toContainText('Uw kaart is nog leeg');
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
  await page.reload();
  await expect(overview(page)).toContainText('Uw kaart is nog leeg');
  expectNoSecrets(requests);
});

test('the calcium calculator carries its result over', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/hulpmiddelen/calcium#leeftijd=72&geslacht=v&halfvolle-melk=2');
  await page.getByRole('link', { name: 'Zet op mijn botkaart' }).click();
  await expect(overview(page)).toContainText(
    /Calcium uit eten en tabletten: [\d.]+ mg per dag\. Aangeraden: 1\.200 mg per dag/,
  );
  await expect(page.getByLabel('Aangeraden hoeveelheid per dag')).toHaveValue('1200');
});

test('the calendar file holds the weekly tablet, the next injection with its alarm and the re-evaluation', async ({
  page,
}) => {
  await open(
    page,
    '#kaart=1&med1=denosumab&med1-start=mei%202025&med1-laatst=14-11-2026&med2=risedronaat-week&med2-dag=ma',
  );
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Zet in mijn agenda' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('mijn-botkaart.ics');
  const text = (await readFile(await file.path())).toString('utf8').replace(/\r?\n[ \t]/g, '');
  expect(text).toContain('BEGIN:VCALENDAR');
  expect(text).toMatch(/SUMMARY:Volgende prik denosumab\r?\n[\s\S]*?DTSTART;VALUE=DATE:20270514/);
  expect(text).toContain('TRIGGER:-P13DT15H');
  expect(text).toContain('DTSTART;VALUE=DATE:20280501'); // re-evaluation, rond mei 2028
  expect(text).toMatch(/DTSTART;VALUE=DATE:20261207[\s\S]*?RRULE:FREQ=WEEKLY;BYDAY=MO/);
  expect(text).toContain('kraanwater');
  await expect(page.getByText(/Het agendabestand is gemaakt, met 3 afspraken/)).toBeVisible();
});

test('printing gives the card only: no form, no buttons, with room for the answers', async ({ page }) => {
  await open(
    page,
    '#kaart=1&m1-datum=14-11-2026&m1-plek=heup&m1-score=-2,6&med1=denosumab&med1-laatst=14-11-2026&vragen=duur,sport',
  );
  await page.emulateMedia({ media: 'print' });
  await expect(overview(page)).toBeVisible();
  await expect(overview(page)).toContainText('Volgende prik: uiterlijk 14 mei 2027');
  await expect(overview(page)).toContainText('Hoe lang moet ik dit medicijn gebruiken?');
  for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
  await expect(page.getByLabel('Welk medicijn?')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
});

test('a tampered link never breaks the page: what can be read stays, the rest gets a message', async ({ page }) => {
  await open(
    page,
    '#kaart=1&m1-score=abc&m1-plek=<script>&med1=gif&med2=denosumab&med2-laatst=31-02-2026&vragen=duur,hack',
  );
  await expect(page.locator('[name="m1-score"]')).toHaveAccessibleDescription(/Dit is geen getal/);
  await expect(page.locator('[name="med2-laatst"]')).toHaveAccessibleDescription(/31 februari 2026 bestaat niet/);
  await expect(page.getByRole('checkbox', { name: 'Hoe lang moet ik dit medicijn gebruiken?' })).toBeChecked();
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says the card needs JavaScript and offers the question list to print', async ({ page }) => {
    await page.goto(PATH);
    // Playwright's text and role locators skip <noscript>; the rendered text of the page shows what a reader sees.
    const shown = await page.locator('main').innerText();
    expect(shown).toContain('De botkaart werkt alleen als JavaScript aan staat.');
    expect(shown).toContain('Vragen voor mijn afspraak');
    expect(shown).toContain('Wanneer krijg ik een nieuwe meting?');
    await expect(page.getByRole('button', { name: 'Meting toevoegen' })).toHaveCount(0);
  });
});
