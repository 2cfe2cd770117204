// Writes deploy/nginx/botwijzer-security-headers.conf from lib/site/security-headers.ts, so nginx sends exactly
// the headers that `next start` sends. Run after changing the headers: npm run nginx:headers
import { writeFileSync } from 'node:fs';
import { nginxHeaderLines } from './export/nginx-headers';

writeFileSync(new URL('../deploy/nginx/botwijzer-security-headers.conf', import.meta.url), nginxHeaderLines());
console.log('deploy/nginx/botwijzer-security-headers.conf bijgewerkt.');
