/**
 * The static export ships no Next.js runtime: every page is finished HTML, and only its interactive parts
 * (components/islands) start in the browser. These helpers turn a page that `next build` exported into that form
 * and check the result. They are pure, so tests can feed them any HTML; scripts/build-islands.mts applies them.
 */

/** Inline scripts that belong to the Next.js runtime: the React Server Components payload and Turbopack's loader. */
const NEXT_INLINE_SCRIPT = /^\s*\(?\s*(?:self\.__next_[a-z]|globalThis\[["']TURBOPACK["']\]|\$R[A-Z]\b|requestAnimationFrame\(function\(\)\{\$RT)/;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bhref="\/_next\/[^"]*\.js")[^>]*>/gi;

function isNextScript(attributes: string, body: string): boolean {
  const src = /\bsrc="([^"]*)"/i.exec(attributes)?.[1];
  // /_islands/: a boot script from an earlier run, so the step can run twice without adding a second one.
  if (src !== undefined) return src.startsWith('/_next/') || src.startsWith('/_islands/');
  return NEXT_INLINE_SCRIPT.test(body);
}

/**
 * Removes Next.js's scripts and script preloads and adds the islands' boot script (a module, so it never blocks
 * parsing). Every other script stays, such as the inline one that applies the reader's text size before the first
 * paint.
 */
export function toIslandPage(html: string, bootScriptSrc: string): string {
  const stripped = html
    .replace(SCRIPT, (whole, attributes: string, body: string) => (isNextScript(attributes, body) ? '' : whole))
    .replace(SCRIPT_PRELOAD, '');
  if (!stripped.includes('</head>')) throw new Error('Geen </head> gevonden: is dit een volledige HTML-pagina?');
  return stripped.replace('</head>', `<script type="module" src="${bootScriptSrc}"></script></head>`);
}

/**
 * What would break a page without the runtime: content that React left for the runtime to finish (a suspended
 * boundary, a part rendered in the browser only) or a reference to the runtime's code. Empty when all is well.
 */
export function staticPageProblems(html: string): string[] {
  const problems: string[] = [];
  if (/\/_next\/static\/[^"'\s]*\.js/.test(html)) problems.push('verwijst nog naar JavaScript van Next.js');
  if (html.includes('__next_f')) problems.push('bevat nog de React Server Components-gegevens');
  if (/<template\b[^>]*data-dgst/.test(html)) problems.push('heeft een deel dat alleen in de browser gemaakt wordt (BAILOUT_TO_CLIENT_SIDE_RENDERING)');
  if (html.includes('<!--$?-->') || /<div hidden id="S:/.test(html)) problems.push('heeft een deel dat nog op gegevens wacht (Suspense)');
  return problems;
}
