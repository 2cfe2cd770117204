import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  try {
    const files: string[] = [];
    for (const [index, pagePath] of paths.entries()) {
      const response = await request.get(pagePath);
      // A page that is gone would otherwise be checked as the 404 page and pass.
      expect(response.status(), `${pagePath} answers`).toBe(pagePath === '/bestaat-niet' ? 404 : 200);
      const file = path.join(dir, `${index}-${pagePath.replace(/\W+/g, '_') || 'home'}.html`);
      writeFileSync(file, await response.text());
      files.push(file);
    }
    expect(files.length).toBeGreaterThanOrEqual(16);

    // vnu exits with 0 when the pages are valid and 1 when it finds errors, with its report on stdout either way.
    // Anything else (no Java, a broken jar, a crash) is a failure of the check itself, never an empty report.
    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', ...files], {
      encoding: 'utf8',
    });
    expect(run.error, `java could not start: ${run.error?.message}`).toBeUndefined();
    expect([0, 1], `vnu exited with ${run.status}: ${run.stderr}`).toContain(run.status);
    const report = JSON.parse(run.stdout) as { messages?: VnuMessage[] };
    expect(Array.isArray(report.messages), `vnu gave no report: ${run.stdout.slice(0, 200)}`).toBe(true);
    const errors = (report.messages ?? [])
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${path.basename(m.url)}:${m.lastLine ?? '?'} ${m.message} ${m.extract ?? ''}`.trim());
    expect(errors, errors.join('\n')).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
