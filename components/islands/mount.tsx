import { startTransition, useEffect, type ComponentType, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ISLAND_ATTRIBUTE, ISLAND_PROPS_ATTRIBUTE } from './attributes';
import type { EarlyActions } from './early-actions';
import { ISLANDS, type IslandName } from './registry';

function isIslandName(name: string | null): name is IslandName {
  return name !== null && Object.hasOwn(ISLANDS, name);
}

/** Counts started islands: each gets its own prefix for React's ids, so no two islands share an id. */
let started = 0;

/** Gives the browser a moment between islands, so a page with many of them never blocks input for long. */
function yieldToBrowser() {
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}

const CONTROLS = 'input, select, textarea';
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Sets a value the way typing does, so React's onChange sees it. */
function setValueAsTyped(control: Control, value: string) {
  const prototype = Object.getPrototypeOf(control) as object;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(control, value);
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/**
 * What a reader did in the server's HTML before the island started (typed a score, ticked a box) is done again in
 * the island, control by control in the same order: both come from the same component. Each change is handed to
 * React and rendered before the next (flushSync), as a reader's separate taps would be: a handler that builds on
 * the current state (the exercise plan's list) would otherwise see the state from before the first change.
 */
function carryOverInput(from: Element, to: Element) {
  const before = Array.from(from.querySelectorAll<Control>(CONTROLS));
  const after = Array.from(to.querySelectorAll<Control>(CONTROLS));
  if (before.length !== after.length) return;
  before.forEach((old, index) => {
    const control = after[index];
    if (!control || control.tagName !== old.tagName || control.type !== old.type) return;
    if (old instanceof HTMLInputElement && (old.type === 'checkbox' || old.type === 'radio')) {
      // A click is what a reader does, and React hears it. A radio button can only be clicked on, not off.
      const changed = old.type === 'radio' ? old.checked && !old.defaultChecked : old.checked !== old.defaultChecked;
      if (changed && control instanceof HTMLInputElement && control.checked !== old.checked)
        flushSync(() => control.click());
    } else if (old instanceof HTMLSelectElement) {
      if (old.value !== control.value && Array.from(old.options).some((o) => o.selected !== o.defaultSelected))
        flushSync(() => setValueAsTyped(control, old.value));
    } else if (old.value !== old.defaultValue && old.value !== control.value) {
      flushSync(() => setValueAsTyped(control, old.value));
    }
  });
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** A keyboard user who had reached a link, button or field in the server's HTML stays on the same one. */
function carryOverFocus(from: Element, to: Element, focused: Element | null) {
  if (!focused) return;
  const index = Array.from(from.querySelectorAll(FOCUSABLE)).indexOf(focused);
  const target = index >= 0 ? to.querySelectorAll<HTMLElement>(FOCUSABLE)[index] : undefined;
  target?.focus();
}

/**
 * Says when the freshly rendered island has started. A parent's effect runs after its children's, so by then the
 * island has read what it reads on start (a shared link's values), and input carried over lands on top.
 */
function SwapIn({ children, onStarted }: { children: ReactNode; onStarted: () => void }) {
  useEffect(onStarted, [onStarted]);
  return children;
}

/**
 * Starts one island: renders its component in a detached copy of the wrapper and, once it has started, puts that
 * copy in the place of the server's HTML in one step, so the reader sees no flash. A fresh render (not hydration) keeps the
 * ids that React's useId makes consistent within the island, which hydration could not promise: the server
 * rendered the island as part of a larger tree. The render is a transition, so React splits it into short slices
 * and a big tool never blocks a tap or a scroll for long.
 */
async function mountIsland(host: HTMLElement, early: EarlyActions) {
  const name = host.getAttribute(ISLAND_ATTRIBUTE);
  if (!isIslandName(name)) return;
  const Component = (await ISLANDS[name]()) as ComponentType<Record<string, unknown>>;
  const props = JSON.parse(host.getAttribute(ISLAND_PROPS_ATTRIBUTE) ?? '{}') as Record<string, unknown>;
  // Rendered outside the document until it is ready: the page never holds two copies of a form at once.
  const fresh = host.cloneNode(false) as HTMLElement;
  fresh.removeAttribute(ISLAND_ATTRIBUTE);
  fresh.removeAttribute(ISLAND_PROPS_ATTRIBUTE);
  await new Promise<void>((resolve, reject) => {
    // An island that throws while rendering never reaches the swap: the server's HTML stays, and the error goes to
    // the caller (which reports it once) instead of to the page.
    const root = createRoot(fresh, {
      identifierPrefix: `i${(started += 1)}-`,
      onUncaughtError: (error) => {
        queueMicrotask(() => root.unmount());
        reject(error);
      },
    });
    startTransition(() => {
      root.render(
        <SwapIn onStarted={resolve}>
          <Component {...props} />
        </SwapIn>,
      );
    });
  });
  // Outside React's effects (so each carried-over change can be rendered at once), but in the same task as the
  // island's start, before the browser paints: the swap, then the input and the focus the reader had.
  const focused = host.contains(document.activeElement) ? document.activeElement : null;
  host.replaceWith(fresh);
  carryOverInput(host, fresh);
  carryOverFocus(host, fresh, focused);
  // Let React take in the carried-over input before a held-back tap or Enter acts on it, one at a time.
  await yieldToBrowser();
  early.replay(host, fresh, (action) => flushSync(action));
}

/**
 * What to watch to know that an island is about to be seen. The wrapper itself has no box (display: contents), so
 * its first element, or its parent when it rendered nothing; inside a closed <details>, the <details> itself.
 */
function watchedElement(host: HTMLElement): Element {
  return host.closest('details:not([open])') ?? host.firstElementChild ?? host.parentElement ?? host;
}

/** When the browser has nothing else to do (Safari has no requestIdleCallback: a short pause there). */
function whenIdle(callback: () => void) {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback, { timeout: 3000 });
  else setTimeout(callback, 300);
}

/**
 * Starts the islands near the screen first, one per task, and the rest one by one when the browser is idle, so a
 * long article with many glossary words never keeps an old phone busy for long and every part works by the time
 * the reader (or the keyboard) gets there. `early` is the boot script's record of what the reader did before.
 */
export function mountIslands(root: ParentNode, early: EarlyActions) {
  const waiting = new Map<Element, HTMLElement[]>();
  const queue: HTMLElement[] = [];
  let running = false;

  async function drain() {
    if (running) return;
    running = true;
    for (let host = queue.shift(); host; host = queue.shift()) {
      try {
        await mountIsland(host, early);
      } catch (error) {
        // One broken island must not stop the others; the server-rendered HTML stays in place and works as HTML.
        console.error(`Botwijzer: onderdeel "${host.getAttribute(ISLAND_ATTRIBUTE)}" kon niet starten.`, error);
        early.release(host);
      }
      await yieldToBrowser();
    }
    running = false;
  }

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        queue.push(...(waiting.get(entry.target) ?? []));
        waiting.delete(entry.target);
      }
      void drain();
    },
    { rootMargin: '400px 0px' },
  );

  function startOneWaiting() {
    const next = waiting.entries().next();
    if (next.done) return;
    const [watched, hosts] = next.value;
    observer.unobserve(watched);
    waiting.delete(watched);
    queue.push(...hosts);
    void drain().then(() => whenIdle(startOneWaiting));
  }

  for (const host of root.querySelectorAll<HTMLElement>(`[${ISLAND_ATTRIBUTE}]`)) {
    const watched = watchedElement(host);
    const hosts = waiting.get(watched);
    if (hosts) hosts.push(host);
    else {
      waiting.set(watched, [host]);
      observer.observe(watched);
    }
  }
  whenIdle(startOneWaiting);
}
