// The only script a page of the site runs at first. scripts/build-islands.mts bundles it into one small inline
// script at the end of each page's <head> (its hash is in the Content-Security-Policy), so the first paint waits for
// no script file at all: React and the islands' code are fetched only after the page has loaded and has been
// painted, and only when the page has an island. If that code cannot be loaded (blocked, a 404, the connection
// drops), the page stays plain HTML and what the reader sent is sent as HTML.
import { ISLAND_ATTRIBUTE } from './attributes';
import { holdEarlyActions, releaseEarlyActions, replayEarlyActions } from './early-actions';
import type * as Mount from './mount';

/**
 * The address of the islands' code (components/islands/mount.tsx): the build writes it into the script element's
 * data-boot attribute, so this script's text, and its hash in the CSP, stay the same from build to build.
 */
const mountSrc = document.currentScript?.getAttribute('data-boot');

function start() {
  if (!mountSrc || !document.querySelector(`[${ISLAND_ATTRIBUTE}]`)) return;
  (import(mountSrc) as Promise<typeof Mount>)
    .then((m) => m.mountIslands(document, { replay: replayEarlyActions, release: releaseEarlyActions }))
    .catch((error: unknown) => {
      console.error('Botwijzer: de onderdelen van deze pagina konden niet laden; de pagina werkt zonder.', error);
      releaseEarlyActions();
    });
}

/** After the frame that follows `callback`'s call: a frame callback runs just before a paint, a task from there after. */
function afterNextFrame(callback: () => void) {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(callback, 0)));
}

/**
 * Once the browser has reported the page's first contentful paint, and a frame later (so whatever the load event
 * brought is on screen too). The load event can come before that paint: a request for the islands' code made then
 * would still count as part of the first paint in Lighthouse's model (docs/performance.md). A page opened in the
 * background reports no first paint, and a browser without paint timing reports none either: there, a short wait.
 */
function afterFirstPaint(callback: () => void) {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    afterNextFrame(callback);
  };
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return once();
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    once();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(once, 3000);
}

holdEarlyActions(document);
if (document.readyState === 'complete') afterFirstPaint(start);
else window.addEventListener('load', () => afterFirstPaint(start), { once: true });
