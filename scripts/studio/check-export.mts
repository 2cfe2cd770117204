// Fails the build when any part of the editing studio reached what is published: the static export (out/).
// The studio's route files end in .studio.tsx / .studio.ts and are only routes under `npm run studio`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const MARKERS = [/keystatic/i, /@keystar\//, /Botwijzer studio/];
const ROUTES = ['keystatic', path.join('api', 'keystatic'), 'studio', 'studio.html', 'keystatic.html'];

const roots = ['out'];
const problems: string[] = [];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? walk(file) : [file];
  });
}

for (const root of roots) {
  if (!existsSync(root)) {
    problems.push(`${root} bestaat niet: bouw eerst de site`);
    continue;
  }
  for (const route of ROUTES)
    if (existsSync(path.join(root, route))) problems.push(`${path.join(root, route)}: een route van de studio`);
  for (const file of walk(root)) {
    if (!/\.(html|js|json|txt|rsc|css|map|meta|body)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    const marker = MARKERS.find((m) => m.test(text));
    if (marker) problems.push(`${file}: bevat code van de studio (${marker.source})`);
  }
}

if (problems.length > 0) {
  console.error(`De studio hoort niet in de gepubliceerde site:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Geen studio in ${roots.join(' en ')}.`);
