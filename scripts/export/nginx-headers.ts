import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Header = { key: string; value: string };

/** The security headers as nginx directives; `always` so 404 pages carry them too. */
export function nginxHeaderLines(headers: readonly Header[]): string {
  const lines = headers.map(({ key, value }) => `add_header ${key} "${value}" always;`);
  return `# Written by npm run build from lib/site/security-headers.ts. Do not edit by hand.\n${lines.join('\n')}\n`;
}

/** Where the build leaves the headers for scripts/serve.mjs (JSON) and for nginx (an include file). */
export const HEADERS_DIR = 'build';
export const HEADERS_JSON = path.join(HEADERS_DIR, 'security-headers.json');
export const NGINX_HEADERS = path.join(HEADERS_DIR, 'nginx', 'botwijzer-security-headers.conf');

/** One list, two forms: both servers send exactly the same headers. */
export function writeHeaderFiles(headers: readonly Header[]) {
  mkdirSync(path.dirname(NGINX_HEADERS), { recursive: true });
  writeFileSync(HEADERS_JSON, `${JSON.stringify(headers, null, 2)}\n`);
  writeFileSync(NGINX_HEADERS, nginxHeaderLines(headers));
}
