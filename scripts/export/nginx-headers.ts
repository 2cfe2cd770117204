import { SECURITY_HEADERS } from '../../lib/site/security-headers';

/** The security headers as nginx directives; `always` so 404 pages carry them too. */
export function nginxHeaderLines(): string {
  const lines = SECURITY_HEADERS.map(({ key, value }) => `add_header ${key} "${value}" always;`);
  return `# Generated from lib/site/security-headers.ts by \`npm run nginx:headers\`. Do not edit by hand.\n${lines.join('\n')}\n`;
}
