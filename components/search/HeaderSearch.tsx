import { SEARCH_PARAM, SEARCH_PATH } from '@/lib/search/config';
import { Icon } from '@/components/ui/Icon';

/**
 * The search box in the header: a plain GET form to /zoeken, so pressing Enter works before (and without)
 * JavaScript. The search page does the searching.
 */
export function HeaderSearch() {
  return (
    <form
      role="search"
      aria-label="Zoeken op de site"
      action={SEARCH_PATH}
      method="get"
      className="no-print flex w-full items-end gap-2 sm:w-auto"
    >
      <div className="min-w-0 flex-1">
        <label htmlFor="zoeken-kop" className="block text-base font-semibold">
          Zoeken
        </label>
        <input
          id="zoeken-kop"
          type="search"
          name={SEARCH_PARAM}
          autoComplete="off"
          enterKeyHint="search"
          className="input min-h-11 w-full py-1 sm:w-56"
        />
      </div>
      <button type="submit" className="btn min-h-11 px-3">
        <Icon strokeWidth={3}>
          <circle cx="10.5" cy="10.5" r="6.5" />
          <path d="m15.5 15.5 5 5" strokeLinecap="round" />
        </Icon>
        <span>Zoek</span>
      </button>
    </form>
  );
}
