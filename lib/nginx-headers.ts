import { SECURITY_HEADERS } from './security-headers';

/** The security headers as nginx directives; `always` so 404 pages carry them too. */
export function nginxHeaderLines(): string {
  const lines = SECURITY_HEADERS.map(({ key, value }) => `add_header ${key} "${value}" always;`);
  return `# Generated from lib/security-headers.ts by \`npm run nginx:headers\`. Do not edit by hand.\n${lines.join('\n')}\n`;
}
