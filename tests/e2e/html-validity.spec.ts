import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

const require = createRequire(path.join(process.cwd(), 'package.json'));
// vnu-jar exports the path of the Nu HTML Checker's jar.
const vnuJar = String(require('vnu-jar'));

type VnuMessage = { type: string; message: string; url: string; lastLine?: number; extract?: string };

test('every page passes the Nu HTML Checker with zero errors', async ({ request }) => {
  test.setTimeout(120_000);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)?<\/loc>/g)].map((m) => m[1] ?? '/');
  paths.push('/bestaat-niet', '/zoeken');

  const dir = mkdtempSync(path.join(tmpdir(), 'botwijzer-vnu-'));
  const files: string[] = [];
  for (const [index, pagePath] of paths.entries()) {
    const response = await request.get(pagePath);
    if (pagePath === '/zoeken' && response.status() === 404) continue; // search arrives with its own issue
    const file = path.join(dir, `${index}-${pagePath.replace(/\W+/g, '_') || 'home'}.html`);
    writeFileSync(file, await response.text());
    files.push(file);
  }
  expect(files.length).toBeGreaterThanOrEqual(16);

  let output: string;
  try {
    output = execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', ...files], {
      encoding: 'utf8',
    });
  } catch (error) {
    // vnu exits with 1 when it finds errors; its report is still on stdout.
    output = (error as { stdout?: string }).stdout ?? '';
  }
  const messages = (JSON.parse(output || '{"messages":[]}') as { messages: VnuMessage[] }).messages;
  const errors = messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${path.basename(m.url)}:${m.lastLine ?? '?'} ${m.message} ${m.extract ?? ''}`.trim());
  expect(errors, errors.join('\n')).toEqual([]);
});
