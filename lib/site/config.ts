/** Where the site lives. SITE_URL sets it at build time (canonical URLs, sitemap, link previews, QR codes). */
export const SITE_URL = (process.env.SITE_URL ?? 'https://www.botwijzer.nl').replace(/\/$/, '');
export const SITE_NAME = 'Botwijzer';
export const SITE_DESCRIPTION =
  'Duidelijke informatie over osteoporose (botontkalking): wat het is, wat u zelf kunt doen en wat uw uitslag betekent.';
