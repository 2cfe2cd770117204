/** Where the site lives. SITE_URL sets it at build time (canonical URLs, sitemap, link previews, QR codes). */
export const SITE_URL = (process.env.SITE_URL ?? 'https://www.botwijzer.nl').replace(/\/$/, '');
export const SITE_NAME = 'Botwijzer';
export const SITE_DESCRIPTION =
  'Duidelijke informatie over osteoporose (botontkalking): wat het is, wat u zelf kunt doen en wat uw uitslag betekent.';


// Made on first use, not when this module loads: islands in the browser import this file for SITE_URL, and the
// first Intl formatter in a page loads the browser's locale data (40 to 60 ms of main thread on this machine).
let dateFormat: Intl.DateTimeFormat | undefined;

/** "2026-11-22" → "22 november 2026". */
export function formatDate(isoDate: string): string {
  dateFormat ??= new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}
