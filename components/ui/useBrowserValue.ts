import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

/**
 * What only the browser knows (can it speak, share, print; the page's path), for a component that renders as plain
 * HTML on the server: `serverValue` in the server's HTML and while hydrating, `read()` from then on, without the
 * extra render of a mounted-state effect. `read` must return a primitive, so that the value compares equal.
 */
export function useBrowserValue<T extends string | number | boolean | null>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(neverChanges, read, () => serverValue);
}
