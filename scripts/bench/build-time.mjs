// Build time for 10, 100 and 1000 generated articles, in a scratch copy of the project: once cold (no build,
// no compile cache) and once more with nothing changed, so the cost per article and the cache's effect show.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { table } from './lib.mjs';

function scratchCopy(root) {
  const dir = mkdtempSync(path.join(tmpdir(), 'botwijzer-bench-'));
  // tar keeps the tree minus heavy folders; node_modules is hard-linked (Turbopack refuses a symlinked one).
  execFileSync(
    'sh',
    [
      '-c',
      `tar --exclude=./node_modules --exclude=./.next --exclude=./.git --exclude=./out -cf - . | tar -xf - -C "${dir}"`,
    ],
    { cwd: root },
  );
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
  rmSync(path.join(dir, 'node_modules', '.cache', 'botwijzer-mdx'), { recursive: true, force: true });
  return dir;
}

/** Adds generated articles made from the real ones (new slug, unique order), so they compile like real content. */
function generateArticles(dir, count) {
  const articlesDir = path.join(dir, 'content', 'articles');
  const templates = readdirSync(articlesDir).filter((f) => f.endsWith('.mdx'));
  for (let i = 0; i < count; i += 1) {
    const template = templates[i % templates.length];
    const source = readFileSync(path.join(articlesDir, template), 'utf8')
      .replace(/^order: \d+$/m, `order: ${1000 + i}`)
      .replace(
        /^title: (.*)$/m,
        (_, title) => `title: ${JSON.stringify(`${title.replace(/^"|"$/g, '').slice(0, 60)} (${i})`)}`,
      );
    writeFileSync(path.join(articlesDir, `bench-${i}-${template}`), source);
  }
}

function timedBuild(dir) {
  const started = process.hrtime.bigint();
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build mislukt:\n${result.stdout}\n${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

export function reportBuildTime(root, sizes) {
  console.log('\n(b) Bouwtijd met gegenereerde artikelen (scratch-kopie; koud en opnieuw zonder wijziging)\n');
  const rows = [['extra artikelen', 'totaal artikelen', 'koud (s)', 'warm (s)', 'koud ms/artikel', 'warm ms/artikel']];
  for (const size of sizes) {
    const dir = scratchCopy(root);
    try {
      generateArticles(dir, size);
      const total = size + 10;
      const cold = timedBuild(dir);
      const warm = timedBuild(dir);
      rows.push([
        size,
        total,
        cold.toFixed(1),
        warm.toFixed(1),
        ((cold * 1000) / total).toFixed(0),
        ((warm * 1000) / total).toFixed(0),
      ]);
      console.log(`  ${size} klaar`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(table(rows));
  return { rows };
}
