/**
 * The site ships no Next.js runtime: every page is finished HTML, and only its interactive parts
 * (components/islands) start in the browser. These helpers turn a page that `next build` exported into that form
 * and check the result against an allowlist. They read the HTML with parse5 (the HTML standard's own parsing
 * rules), cut by the parser's source offsets and leave every other byte as it was. Pure, so tests can feed them
 * any HTML; scripts/build-islands.mts applies them to out/.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** What a page may carry: the islands' inline boot script, the other inline scripts listed here, and JSON data. */
export type Allowlist = { boot: Boot; inlineScripts: readonly string[] };

/** The islands' boot script (components/islands/boot.ts, bundled) and the address of the code it loads later. */
export type Boot = { script: string; mountSrc: string };

/** Marks the boot script and holds the address it loads, so its text (and hash) stays the same between builds. */
export const BOOT_ATTRIBUTE = 'data-boot';

/** Script types that only carry data: the browser never runs them, so CSP does not apply to them. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

/** Inline scripts of the Next.js runtime: the React Server Components payload and Turbopack's loader. */
const NEXT_INLINE_SCRIPT =
  /^\s*\(?\s*(?:self\.__next_[a-z]|globalThis\[["']TURBOPACK["']\]|\$R[A-Z]\b|requestAnimationFrame\(function\(\)\{\$RT)/;

function* walk(node: Node): Generator<Node> {
  yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* walk(child);
  // A <template>'s content is a separate fragment in the parsed tree.
  if ('content' in node && node.content) yield* walk(node.content);
}

function elements(root: Node, tagName?: string): Element[] {
  return [...walk(root)].filter((n): n is Element => 'tagName' in n && (!tagName || n.tagName === tagName));
}

const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const textOf = (element: Element) =>
  element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
const isDataScript = (script: Element) => DATA_SCRIPT_TYPES.has((attribute(script, 'type') ?? '').trim().toLowerCase());
const isScriptPreload = (link: Element) => {
  const rel = (attribute(link, 'rel') ?? '').toLowerCase().split(/\s+/);
  return rel.includes('modulepreload') || (rel.includes('preload') && attribute(link, 'as') === 'script');
};

/** Shortened for a message: the first 80 characters, on one line. */
const start = (text: string) => JSON.stringify(text.replace(/\s+/g, ' ').trim().slice(0, 80));

/**
 * Removes Next.js's scripts and script preloads (and a boot script from an earlier run, so the step can run twice)
 * and adds the islands' boot script, inline, at the end of <head>. Inline, because a script file the page asks for
 * while it loads sits on the first paint's critical path in Lighthouse's model of a slow phone, even when the
 * browser would paint without it (docs/performance.md); the boot script fetches the rest only after that paint.
 * Everything else stays as it was: what does not belong is for `pageProblems` to report, not for this step to guess.
 */
export function toIslandPage(html: string, boot: Boot): string {
  if (/<\/script/i.test(boot.script)) throw new Error('Het boot-script bevat "</script" en kan niet inline.');
  if (!/^\/[\w./-]+$/.test(boot.mountSrc)) throw new Error(`Geen bruikbaar adres voor de eilanden: ${boot.mountSrc}`);
  const document = parse(html, { sourceCodeLocationInfo: true });
  const head = elements(document, 'head')[0];
  const headEnd = head?.sourceCodeLocation?.endTag?.startOffset;
  if (headEnd === undefined) throw new Error('Geen </head> gevonden: is dit een volledige HTML-pagina?');

  const edits = [
    ...elements(document, 'script').filter((script) => {
      const src = attribute(script, 'src');
      if (src !== undefined) return src.startsWith('/_next/') || src.startsWith('/_islands/');
      if (attribute(script, BOOT_ATTRIBUTE) !== undefined) return true;
      return !isDataScript(script) && NEXT_INLINE_SCRIPT.test(textOf(script));
    }),
    ...elements(document, 'link').filter(
      (link) => isScriptPreload(link) && (attribute(link, 'href') ?? '').startsWith('/_next/'),
    ),
  ].flatMap((element) => {
    const location = element.sourceCodeLocation;
    return location ? [{ from: location.startOffset, to: location.endOffset, text: '' }] : [];
  });
  edits.push({
    from: headEnd,
    to: headEnd,
    text: `<script ${BOOT_ATTRIBUTE}="${boot.mountSrc}">${boot.script}</script>`,
  });
  // From the end backwards, so each offset still points where the parser saw it.
  return edits
    .sort((a, b) => b.from - a.from)
    .reduce((page, { from, to, text }) => page.slice(0, from) + text + page.slice(to), html);
}

/**
 * Everything in a finished page that is not on the allowlist, or that would break without the runtime: any other
 * script (named by its address or the start of its text), a script preload, an inline event handler, content that
 * React left for the runtime to finish (a suspended boundary, a part rendered in the browser only) or a reference
 * to the runtime's code. Empty when all is well.
 */
export function pageProblems(html: string, allow: Allowlist): string[] {
  const document = parse(html);
  const problems: string[] = [];
  const isBoot = (script: Element) => attribute(script, BOOT_ATTRIBUTE) !== undefined;
  const boots = elements(document, 'script').filter(isBoot);
  if (boots.length !== 1) problems.push(`heeft ${boots.length} keer het boot-script (moet 1 zijn)`);
  for (const script of elements(document, 'script')) {
    const src = attribute(script, 'src');
    if (src !== undefined) {
      problems.push(`laadt een scriptbestand voor de eerste weergave: ${src}`);
    } else if (isBoot(script)) {
      if (textOf(script) !== allow.boot.script) problems.push('heeft een ander boot-script dan deze build maakte');
      if (attribute(script, BOOT_ATTRIBUTE) !== allow.boot.mountSrc)
        problems.push(`laat het boot-script iets anders laden dan ${allow.boot.mountSrc}`);
      if (attribute(script, 'type') !== undefined) problems.push('heeft het boot-script met een type');
    } else if (isDataScript(script)) {
      try {
        JSON.parse(textOf(script));
      } catch {
        problems.push(`heeft JSON-gegevens die geen JSON zijn: ${start(textOf(script))}`);
      }
    } else if (!allow.inlineScripts.includes(textOf(script))) {
      problems.push(`heeft een inline script dat niet op de lijst staat: ${start(textOf(script))}`);
    }
  }
  for (const element of elements(document)) {
    if (element.tagName === 'link' && isScriptPreload(element))
      problems.push(`laadt vooraf een script: ${attribute(element, 'href')}`);
    const handler = element.attrs.find((a) => /^on[a-z]+$/.test(a.name));
    if (handler)
      problems.push(`heeft een inline event handler: <${element.tagName} ${handler.name}=${start(handler.value)}>`);
    if (element.attrs.some((a) => /\/_next\/static\/[^"'\s]*\.js/.test(a.value)))
      problems.push(`verwijst nog naar JavaScript van Next.js (<${element.tagName}>)`);
    if (element.tagName === 'template' && attribute(element, 'data-dgst') !== undefined) {
      problems.push('heeft een deel dat alleen in de browser gemaakt wordt (BAILOUT_TO_CLIENT_SIDE_RENDERING)');
    }
    if (
      element.tagName === 'div' &&
      attribute(element, 'hidden') !== undefined &&
      /^S:/.test(attribute(element, 'id') ?? '')
    ) {
      problems.push('heeft een deel dat nog op gegevens wacht (Suspense)');
    }
  }
  for (const node of walk(document)) {
    if (node.nodeName === '#comment' && 'data' in node && (node.data === '$?' || node.data === '$!')) {
      problems.push('heeft een deel dat nog op gegevens wacht of in de browser opnieuw moet (Suspense)');
    }
  }
  return [...new Set(problems)];
}

/** The CSP source for each inline script the page runs: 'sha256-…' of its exact text. */
export function inlineScriptHashes(html: string): string[] {
  return elements(parse(html), 'script')
    .filter((script) => attribute(script, 'src') === undefined && !isDataScript(script))
    .map((script) => `'sha256-${createHash('sha256').update(textOf(script), 'utf8').digest('base64')}'`);
}
