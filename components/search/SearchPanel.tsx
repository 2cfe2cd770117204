'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { normalizeQuery, SEARCH_PARAM, SEARCH_PATH, searchHref } from '@/lib/search/config';
import { SearchResults } from './SearchResults';
import { useSearch } from './useSearch';

const TYPING_DELAY_MS = 350;

const ADDRESS_CHANGE_EVENT = 'botwijzer:zoekadres';

function subscribeToAddress(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(ADDRESS_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(ADDRESS_CHANGE_EVENT, onChange);
  };
}

/**
 * The `q` in the address. Read from window.location, not from Next.js, so the panel works the same in the static
 * export (where no Next.js runtime runs) as under next dev. On the server, and in the first render, it is empty.
 */
function useQueryFromAddress() {
  return useSyncExternalStore(
    subscribeToAddress,
    () => new URLSearchParams(window.location.search).get(SEARCH_PARAM),
    () => null,
  );
}

/**
 * The search page's form and results. The address (`/zoeken?q=…`) is the single source of the query: typing
 * updates it after a short pause, Enter updates it at once, and a link to /zoeken?q=… opens with its results.
 */
export function SearchPanel() {
  const query = normalizeQuery(useQueryFromAddress());
  const [input, setInput] = useState(query);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const { state, showMore } = useSearch(query);

  // A suggestion link or the Back button changes the address: show its query in the box (adjusted while
  // rendering, as React advises for state that follows a prop, rather than in an effect).
  const [addressQuery, setAddressQuery] = useState(query);
  if (addressQuery !== query) {
    setAddressQuery(query);
    if (normalizeQuery(input) !== query) setInput(query);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  function updateAddress(value: string) {
    clearTimeout(timer.current);
    if (normalizeQuery(value) === query) return;
    // No server round trip: the address changes in place and the panel reads it again.
    window.history.replaceState(window.history.state, '', searchHref(value));
    window.dispatchEvent(new Event(ADDRESS_CHANGE_EVENT));
  }

  function onChange(value: string) {
    setInput(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => updateAddress(value), TYPING_DELAY_MS);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    updateAddress(input);
  }

  return (
    <>
      <SearchForm value={input} onChange={onChange} onSubmit={onSubmit} />
      <SearchResults state={state} onShowMore={showMore} />
    </>
  );
}

type SearchFormProps = {
  value?: string;
  onChange?: (value: string) => void;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
};

/** Also the page's first render (before the address is known) and its no-JavaScript form: a plain GET. */
export function SearchForm({ value, onChange, onSubmit }: SearchFormProps) {
  return (
    <form
      role="search"
      aria-label="Zoeken op Botwijzer"
      action={SEARCH_PATH}
      method="get"
      onSubmit={onSubmit}
      className="mt-6"
    >
      <label htmlFor="zoekterm" className="field-label text-xl">
        Waar zoekt u naar?
      </label>
      <span id="zoekterm-hint" className="field-hint">
        Typ een woord, bijvoorbeeld: calcium, vallen of DEXA-scan.
      </span>
      <div className="mt-2 flex max-w-[36rem] flex-wrap gap-2">
        <input
          id="zoekterm"
          type="search"
          name={SEARCH_PARAM}
          value={onChange ? value : undefined}
          onChange={onChange ? (event) => onChange(event.target.value) : undefined}
          aria-describedby="zoekterm-hint"
          autoComplete="off"
          enterKeyHint="search"
          maxLength={100}
          className="input min-w-0 flex-1 basis-56 text-lg"
        />
        <button type="submit" className="btn">
          Zoek
        </button>
      </div>
    </form>
  );
}
