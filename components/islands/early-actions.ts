import { ISLAND_ATTRIBUTE } from './attributes';

/**
 * A reader on a slow phone may tap a button or press Enter in a tool before its island has started. Until then the
 * page is plain HTML, where such a tap does nothing (or, for a form, reloads the page). The boot script listens
 * from the start, holds these actions back, and the island does them again once it runs (mount.tsx).
 */
type EarlyAction = { kind: 'click' | 'submit'; index: number };

const actions = new WeakMap<Element, EarlyAction[]>();

function record(host: Element, action: EarlyAction) {
  const list = actions.get(host) ?? [];
  list.push(action);
  actions.set(host, list);
}

/** The island around an element that has not started yet (a started island has lost its marker attribute). */
function waitingIsland(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest(`[${ISLAND_ATTRIBUTE}]`) : null;
}

export function holdEarlyActions(document: Document) {
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      const host = waitingIsland(button);
      // A submit button's click becomes a submit event, which is held below.
      if (!button || !host || button.type === 'submit') return;
      record(host, { kind: 'click', index: Array.from(host.querySelectorAll('button')).indexOf(button) });
    },
    true,
  );
  document.addEventListener(
    'submit',
    (event) => {
      const host = waitingIsland(event.target);
      if (!host || !(event.target instanceof HTMLFormElement)) return;
      event.preventDefault();
      record(host, { kind: 'submit', index: Array.from(host.querySelectorAll('form')).indexOf(event.target) });
    },
    true,
  );
}

/** Does again, in the started island, what the reader did before it started. */
export function replayEarlyActions(from: Element, to: Element) {
  for (const action of actions.get(from) ?? []) {
    if (action.kind === 'click') to.querySelectorAll('button')[action.index]?.click();
    else to.querySelectorAll('form')[action.index]?.requestSubmit();
  }
  actions.delete(from);
}
