import { ISLAND_ATTRIBUTE, ISLANDS_FAILED_ATTRIBUTE } from './attributes';

/**
 * A reader on a slow phone may tap a button or press Enter in a tool before its island has started. Until then the
 * page is plain HTML, where such a tap does nothing (or, for a form, reloads the page). The boot script listens
 * from the start, holds these actions back, and the island does them again once it runs (mount.tsx). When the
 * island cannot start (its code does not load, or it throws), a held-back form is sent the plain HTML way after all.
 */
type EarlyAction =
  { kind: 'click'; name: string; nth: number } | { kind: 'submit'; index: number; submitter?: HTMLElement | null };

/**
 * A button is found again by what it says (its label and text) and which of the buttons saying that it is, not by
 * its place among all buttons: the started island may have more (a card restored from a link has more rows).
 */
const buttonName = (button: Element) => `${button.getAttribute('aria-label') ?? ''}|${button.textContent ?? ''}`;
const buttonsNamed = (root: Element, name: string) =>
  Array.from(root.querySelectorAll('button')).filter((button) => buttonName(button) === name);

/**
 * What the islands' code gets from the boot script: the held-back actions live in the boot script (it runs from the
 * start), so the code that loads later is handed these two instead of importing a second copy.
 */
export type EarlyActions = { replay: typeof replayEarlyActions; release: typeof releaseEarlyActions };

const actions = new Map<Element, EarlyAction[]>();
let holding = true;

function record(host: Element, action: EarlyAction) {
  const list = actions.get(host) ?? [];
  list.push(action);
  actions.set(host, list);
}

/** The island around an element that has not started yet (a started or failed island has lost its marker). */
function waitingIsland(target: EventTarget | null): Element | null {
  return holding && target instanceof Element ? target.closest(`[${ISLAND_ATTRIBUTE}]`) : null;
}

export function holdEarlyActions(document: Document) {
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      const host = waitingIsland(button);
      // A submit button's click becomes a submit event, which is held below.
      if (!button || !host || button.type === 'submit') return;
      const name = buttonName(button);
      record(host, { kind: 'click', name, nth: buttonsNamed(host, name).indexOf(button) });
    },
    true,
  );
  document.addEventListener(
    'submit',
    (event) => {
      const host = waitingIsland(event.target);
      if (!host || !(event.target instanceof HTMLFormElement)) return;
      event.preventDefault();
      const index = Array.from(host.querySelectorAll('form')).indexOf(event.target);
      record(host, { kind: 'submit', index, submitter: event.submitter });
    },
    true,
  );
}

/**
 * Does again, in the started island, what the reader did before it started, one action at a time: `run` lets the
 * island's code finish each (React renders it) before the next.
 */
export function replayEarlyActions(from: Element, to: Element, run: (action: () => void) => void = (a) => a()) {
  for (const action of actions.get(from) ?? []) {
    if (action.kind === 'click') run(() => buttonsNamed(to, action.name)[action.nth]?.click());
    else run(() => to.querySelectorAll('form')[action.index]?.requestSubmit());
  }
  actions.delete(from);
}

/**
 * The island will not start: stop holding its actions, mark it as failed (the stylesheet then hides what cannot
 * work as HTML and shows its notice), and send a held-back form as plain HTML would have (a click on a button
 * without JavaScript does nothing, so there is nothing to do for it). Without a host: all, marked on <html>.
 */
export function releaseEarlyActions(host?: Element) {
  if (host) host.removeAttribute(ISLAND_ATTRIBUTE);
  else holding = false;
  (host ?? document.documentElement).setAttribute(ISLANDS_FAILED_ATTRIBUTE, '');
  for (const [from, list] of [...actions]) {
    if (host && from !== host) continue;
    actions.delete(from);
    const submit = list.find((action) => action.kind === 'submit');
    const form = submit ? from.querySelectorAll('form')[submit.index] : undefined;
    // requestSubmit checks the form as the browser would; the submitter sends its own name and value.
    if (form) form.requestSubmit(submit?.submitter && form.contains(submit.submitter) ? submit.submitter : undefined);
  }
}
