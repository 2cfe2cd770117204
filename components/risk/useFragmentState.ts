import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A tool's state, mirrored in the URL fragment: read on arrival and when the fragment changes (a shared link), and
 * written with history.replaceState only after the person changes something, so an article's section anchor is
 * left alone until then. Nothing is sent anywhere: browsers keep the fragment to themselves.
 */
export function useFragmentState<T>(initial: T, decode: (hash: string) => T | null, encode: (value: T) => string) {
  const [value, setValue] = useState<T>(initial);
  const changedByUser = useRef(false);

  useEffect(() => {
    const restore = () => {
      const fromLink = decode(window.location.hash);
      if (fromLink !== null) setValue(fromLink);
    };
    restore();
    window.addEventListener('hashchange', restore);
    return () => window.removeEventListener('hashchange', restore);
  }, [decode]);

  useEffect(() => {
    if (!changedByUser.current) return;
    const { pathname, search } = window.location;
    window.history.replaceState(null, '', `${pathname}${search}${encode(value)}`);
  }, [value, encode]);

  const update = useCallback((change: (current: T) => T) => {
    changedByUser.current = true;
    setValue(change);
  }, []);

  return [value, update] as const;
}
