import type { Page } from '@playwright/test';
import { qrCodeShape } from '../../lib/share/qr-code';
import { SITE_URL } from '../../lib/site/config';
import { expect, expectNoAxeViolations, test } from './fixtures';

const PATH = '/hulpmiddelen/oefenschema';

async function open(page: Page, fragment = '') {
  await page.goto(`${PATH}${fragment}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Oefenschema' })).toBeVisible();
}

const plan = (page: Page) => page.getByRole('region', { name: 'Uw oefenschema' });

test('a physiotherapist builds a plan, adds a note and prints it without buttons', async ({ page }) => {
  await open(page);
  await page.getByRole('checkbox', { name: /Opdrukken tegen de muur/ }).check();
  await page.getByRole('checkbox', { name: /Op de plaats stampen/ }).check();

  // A new line starts at the article's dose; a typing mistake gets a message tied to its field.
  const wall = page.getByRole('group', { name: 'Opdrukken tegen de muur' });
  const wallReps = wall.getByRole('textbox', { name: /Herhalingen/ });
  await expect(wallReps).toHaveValue('10');
  await wallReps.fill('500');
  await expect(wallReps).toHaveAccessibleDescription(
    'Fout: Het aantal herhalingen moet van 1 tot en met 100 zijn. U vulde 500 in.',
  );
  await page.getByRole('button', { name: 'Print het schema' }).click();
  await expect(wallReps).toBeFocused();
  await expect(page.getByRole('alert').filter({ hasText: 'kan nog niet geprint worden' })).toBeVisible();

  await wallReps.fill('12');
  await expect(wallReps).not.toHaveAttribute('aria-invalid');
  await wall.getByRole('textbox', { name: /Sets/ }).fill('2');
  await page.getByRole('textbox', { name: /Dagen per week/ }).fill('3');
  await page.getByRole('textbox', { name: /Notitie/ }).fill('Rustig opbouwen.');

  await expect(plan(page).getByRole('heading', { name: '1. Opdrukken tegen de muur' })).toBeVisible();
  await expect(plan(page).getByText('12 keer, 2 sets.')).toBeVisible();
  await expect(plan(page).getByText('20 keer per voet, 1 set.')).toBeVisible();
  await expect(plan(page).getByText('Oefen 3 dagen per week, met rustdagen ertussen.')).toBeVisible();
  await expect(plan(page).getByRole('img', { name: /^Begin: iemand staat schuin voor een muur/ })).toBeVisible();
  await expect(page).toHaveURL(
    /#dagen=3&opdrukken-tegen-de-muur=12x2&op-de-plaats-stampen=20x1&notitie=Rustig%20opbouwen\.$/,
  );

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(
    plan(page)
      .getByRole('table', { name: /Afvinken: opdrukken tegen de muur/ })
      .getByRole('row'),
  ).toHaveCount(5);
  await expect(plan(page).getByText('Rustig opbouwen.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Veilig oefenen' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('the printed plan has a QR code that opens this very plan, and follows each change', async ({ page }) => {
  await open(page);
  await page.getByRole('checkbox', { name: /Opdrukken tegen de muur/ }).check();
  const qr = page.getByRole('img', { name: 'QR-code die dit oefenschema opent' });
  // The code holds the site's address of this plan: the same fragment as the address bar (the plan's link).
  const pathForThisPlan = () => qrCodeShape(`${SITE_URL}${PATH}${new URL(page.url()).hash}`).path;
  await expect(page).toHaveURL(/#dagen=2&opdrukken-tegen-de-muur=10x1$/);
  await page.emulateMedia({ media: 'print' });
  await expect(qr).toBeVisible();
  await expect(qr.locator('path')).toHaveAttribute('d', pathForThisPlan());
  await expect(page.getByText('Dit schema op uw telefoon')).toBeVisible();

  await page.emulateMedia({ media: 'screen' });
  await expect(qr).toBeHidden();
  await page.getByRole('group', { name: 'Opdrukken tegen de muur' }).getByRole('textbox', { name: /Sets/ }).fill('2');
  await expect(page).toHaveURL(/#dagen=2&opdrukken-tegen-de-muur=10x2$/);
  await page.emulateMedia({ media: 'print' });
  await expect(qr.locator('path')).toHaveAttribute('d', pathForThisPlan());
});

test('@phone a shared plan link restores the plan and says what it left out', async ({ page }) => {
  await open(
    page,
    '#dagen=2&zitten-en-opstaan=15x2&plank-op-handen-en-knieen=0x1&bestaat-niet=10x1&notitie=Na%20de%20les',
  );
  await expect(page.getByRole('checkbox', { name: /Zitten en opstaan/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Plank op handen en knieën/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Opdrukken tegen de muur/ })).not.toBeChecked();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Deze oefening kennen we niet: “bestaat-niet”. Die is weggelaten.' }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Seconden/ })).toHaveAccessibleDescription(
    'Fout: Het aantal seconden moet van 1 tot en met 100 zijn. U vulde 0 in.',
  );
  await expect(plan(page).getByText('15 keer, 2 sets.')).toBeVisible();
  await expect(plan(page).getByText('Na de les')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('@phone axe finds nothing on the plan page, empty and filled in', async ({ page }) => {
  await open(page);
  await expectNoAxeViolations(page);
  await open(page, '#dagen=3&opdrukken-tegen-de-muur=500x1&op-de-tenen-staan=15x1&bestaat-niet=1');
  await expect(plan(page)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('@phone the article shows every exercise with its picture, from the same data', async ({ page }) => {
  await page.goto('/artikelen/bewegen-en-oefeningen');
  for (const name of ['Oefening 1: opdrukken tegen de muur', 'Oefening 8: op de plaats stampen']) {
    await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  }
  await expect(page.getByRole('img', { name: /^Begin: .* Eind: / })).toHaveCount(8);
  await expect(page.getByRole('img', { name: /^Zo niet: .* Zo wel: / })).toHaveCount(2);
  await expect(page.getByText('Zo wel:', { exact: true })).toHaveCount(2);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'oefenschema' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oefenschema' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page still lists the exercises and says what it needs', async ({ page }) => {
    await page.goto(PATH);
    // Playwright's text and visibility checks skip <noscript>; what the browser shows is its parsed content.
    await expect(page.locator('main noscript p')).toContainText(
      'Het schema maken werkt alleen als JavaScript aan staat.',
    );
    await expect(page.getByText('Gewicht optillen met rechte rug')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Welke oefeningen zijn goed voor uw botten?' })).toBeVisible();
  });
});
