import { PAGEFIND_BUNDLE_PATH } from '@/lib/search/config';

/** The parts of Pagefind's browser API that the search page uses (see https://pagefind.app/docs/api/). */
export type PagefindSubResult = {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
};

export type PagefindResultData = {
  url: string;
  excerpt: string;
  meta: { title?: string; description?: string };
  sub_results: PagefindSubResult[];
};

export type PagefindResult = { id: string; score: number; data: () => Promise<PagefindResultData> };

type PagefindModule = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
  preload: (query: string) => Promise<void>;
};

let loading: Promise<PagefindModule> | undefined;

/**
 * Loads the index's own script from this site, once. It is written by the build (scripts/build-search-index.mts),
 * so the bundler must not try to resolve it: hence the ignore comments.
 */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const url = `${PAGEFIND_BUNDLE_PATH}pagefind.js`;
    const pagefind = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as PagefindModule;
    await pagefind.options({ excerptLength: 26 });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
