// The only script a page of the site loads at first (scripts/build-islands.mts puts its path in the HTML). It is
// tiny on purpose: React and the islands' code are fetched only after the page has loaded and has been painted,
// so they never hold up the text, and only when the page has an island at all. If that code cannot be loaded
// (blocked, a 404, the connection drops), the page stays plain HTML and what the reader sent is sent as HTML.
import { ISLAND_ATTRIBUTE } from './attributes';
import { holdEarlyActions, releaseEarlyActions } from './early-actions';

function start() {
  if (!document.querySelector(`[${ISLAND_ATTRIBUTE}]`)) return;
  import('./mount')
    .then((m) => m.mountIslands(document))
    .catch((error: unknown) => {
      console.error('Botwijzer: de onderdelen van deze pagina konden niet laden; de pagina werkt zonder.', error);
      releaseEarlyActions();
    });
}

/** After the next paint: a frame callback runs just before it, a task queued from there just after. */
function afterPaint() {
  requestAnimationFrame(() => setTimeout(start, 0));
}

holdEarlyActions(document);
if (document.readyState === 'complete') afterPaint();
else window.addEventListener('load', afterPaint, { once: true });
