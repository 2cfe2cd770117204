import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';

// Runs with playwright.studio.config.ts: the studio on a scratch copy of content/ (STUDIO_SCRATCH), never the real one.
const contentDir = path.join(process.env.STUDIO_SCRATCH ?? '', 'content');
const articleFile = (slug: string) => path.join(contentDir, 'articles', `${slug}.mdx`);
const run = promisify(execFile);

/** `npm run content` on the scratch copy: resolves with its output whether it passes or fails. */
async function contentCheck(): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run('node_modules/.bin/tsx', ['scripts/check-content.mts'], {
      env: { ...process.env, CONTENT_DIR: contentDir },
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  }
}

test.beforeEach(async ({ page }) => {
  // Keystatic asks Google for its font; the studio works without it, and tests make no outside requests.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
});

async function openEditor(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('textbox', { name: 'Titel' })).toBeVisible({ timeout: 150_000 });
  return page.locator('[contenteditable="true"]').first();
}

async function save(page: Page, name: 'Creëren' | 'Redden') {
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/keystatic/update') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name, exact: true }).click();
  expect((await saved).ok()).toBe(true);
}

/** Selects a word in the editor, as an editor would by dragging over it. */
async function selectWord(page: Page, word: string) {
  await page.evaluate((w) => {
    const walker = document.createTreeWalker(document.querySelector('[contenteditable="true"]')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(w) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return;
    }
    throw new Error(`"${w}" staat niet in de tekst`);
  }, word);
}

test('an editor creates an article with a summary, a callout and a glossary word, and it passes the content check', async ({
  page,
}) => {
  const editor = await openEditor(page, '/keystatic/collection/artikelen/create');
  await page.getByRole('textbox', { name: 'Titel' }).fill('Slapen met een gebroken wervel');
  await expect(page.getByRole('textbox', { name: 'Webadres (bestandsnaam)' })).toHaveValue(
    'slapen-met-een-gebroken-wervel',
  );
  await page
    .getByRole('textbox', { name: 'Omschrijving' })
    .fill('Hoe u na een wervelbreuk beter slaapt: liggen, kussens en wanneer u de huisarts belt.');
  for (const point of ['Een zacht kussen onder uw knieën helpt.', 'Bel de huisarts als de pijn erger wordt.']) {
    await page.getByRole('group', { name: 'In het kort' }).getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Kernpunt' }).fill(point);
    await page.getByRole('dialog').getByRole('button', { name: 'Toevoegen' }).click();
  }
  await page.getByRole('textbox', { name: 'Volgorde' }).fill('90');
  await addSource(page);

  await editor.click();
  await page.keyboard.type('Na een wervelbreuk slaapt u vaak slecht. Een wervelbreuk is een fractuur.');
  await page.keyboard.press('Enter');
  // The insert menu is the unnamed button right before the text.
  await editor.locator('xpath=preceding::button[1]').click();
  await page.getByRole('menuitem', { name: /Kader/ }).click();
  await editor.locator('p').last().click();
  await page.keyboard.type('Leg een kussen tussen uw knieën als u op uw zij ligt.');

  await selectWord(page, 'fractuur');
  await page.getByLabel('Woord uit de woordenlijst').click();
  await editor.getByText('fractuur', { exact: true }).click();
  // The word's small toolbar (Keystatic's icon buttons have no names): the first button edits the word's id.
  await page.getByRole('dialog').getByRole('button').first().click();
  const termDialog = page.getByRole('dialog').filter({ hasText: 'Kies een woord' });
  await termDialog.getByRole('button', { name: /Woord/ }).click();
  await page.getByRole('option', { name: 'Fractuur (fractuur)' }).click();
  await termDialog.getByRole('button', { name: 'Done' }).click();

  await save(page, 'Creëren');
  const written = readFileSync(articleFile('slapen-met-een-gebroken-wervel'), 'utf8');
  expect(written).toContain('<Term id="fractuur">fractuur</Term>');
  expect(written).toMatch(/<Callout type="tip"[^>]*>/);

  const check = await contentCheck();
  expect(check.output).toContain('Inhoud in orde');
  expect(check.ok).toBe(true);

  await page.goto('/artikelen/slapen-met-een-gebroken-wervel');
  await expect(page.getByRole('heading', { level: 1, name: 'Slapen met een gebroken wervel' })).toBeVisible();
  await expect(page.getByText('Leg een kussen tussen uw knieën')).toBeVisible();
});

/** Sources: chosen from the bibliography when articles cite ids, typed in when they still hold the sources inline. */
async function addSource(page: Page) {
  const sources = page.getByRole('group', { name: 'Bronnen' });
  if (await sources.getByRole('checkbox').count()) {
    // An article needs at least three sources that patients see; the bibliography starts with the guidelines.
    for (const i of [0, 1, 2]) await sources.getByRole('checkbox').nth(i).check();
    return;
  }
  await sources.getByRole('button', { name: 'Toevoegen' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Titel van de bron' }).fill('NHG-Standaard Fractuurpreventie');
  await dialog.getByRole('textbox', { name: 'Uitgever' }).fill('Nederlands Huisartsen Genootschap (NHG)');
  await dialog.getByRole('button', { name: 'Toevoegen' }).click();
}

test('a link to an article that does not exist is saved, and the check page shows the content check’s message', async ({
  page,
}) => {
  const editor = await openEditor(page, '/keystatic/collection/artikelen/item/veelgestelde-vragen');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Lees ook over slapen.');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.down('Shift');
  for (let i = 0; i < 'slapen'.length; i += 1) await page.keyboard.press('ArrowLeft');
  await page.keyboard.up('Shift');
  // The link button has no name; it is the one before "Table".
  await page.getByRole('button', { name: 'Table' }).locator('xpath=preceding::button[1]').click();
  const linkDialog = page.getByRole('dialog', { name: 'Add link' });
  await linkDialog.getByRole('textbox', { name: 'Link' }).fill('/artikelen/slapen-bestaat-niet');
  await linkDialog.getByRole('button', { name: 'Redden' }).click();
  await expect(linkDialog).toBeHidden();
  await save(page, 'Redden');

  await page.goto('/studio');
  const errors = page.getByRole('list', { name: 'Fouten in veelgestelde-vragen' });
  await expect(errors).toContainText(
    'link "/artikelen/slapen-bestaat-niet": het artikel "slapen-bestaat-niet" bestaat niet',
  );
  await expect(
    page.getByRole('article', { name: /Veelgestelde vragen/ }).getByRole('link', { name: 'Bekijk op de site' }),
  ).toHaveAttribute('href', '/artikelen/veelgestelde-vragen');
});

test('once in the studio’s form, changing one field of an article changes only that line of its file', async ({
  page,
}) => {
  // The first save puts a hand-written file in the studio's one fixed form (README, "Edit in the browser").
  await openEditor(page, '/keystatic/collection/artikelen/item/wat-is-osteoporose');
  const order = page.getByRole('textbox', { name: 'Volgorde' });
  await order.fill('41');
  await save(page, 'Redden');
  const before = readFileSync(articleFile('wat-is-osteoporose'), 'utf8');

  await order.fill('42');
  await save(page, 'Redden');
  const after = readFileSync(articleFile('wat-is-osteoporose'), 'utf8');

  const beforeLines = before.split('\n');
  const changed = after.split('\n').flatMap((line, i) => (line === beforeLines[i] ? [] : [[beforeLines[i], line]]));
  expect(changed).toEqual([['order: 41', 'order: 42']]);
});
