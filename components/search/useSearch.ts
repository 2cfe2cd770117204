'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  cleanResultUrl,
  excerptParts,
  mergeById,
  pickSections,
  queryVariants,
  resultKind,
  withEllipses,
  type ExcerptPart,
} from '@/lib/search/config';
import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind';

export type SectionView = { url: string; title: string; excerpt: ExcerptPart[] };
export type ResultView = {
  url: string;
  title: string;
  kind: string;
  /** The article's own description when matching sections are listed under it; otherwise the found words. */
  summary: ExcerptPart[];
  sections: SectionView[];
};

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'error'; query: string }
  | { status: 'done'; query: string; total: number; results: ResultView[]; notes: string[] };

const PAGE_SIZE = 10;

function toView(data: PagefindResultData): ResultView {
  const url = cleanResultUrl(data.url);
  const sections = pickSections(url, data.sub_results).map((sub) => ({
    url: cleanResultUrl(sub.url),
    title: sub.title,
    excerpt: withEllipses(excerptParts(sub.excerpt)),
  }));
  const { description } = data.meta;
  return {
    url,
    title: data.meta.title ?? url,
    kind: resultKind(url),
    summary:
      sections.length > 0 && description
        ? [{ text: description, marked: false }]
        : withEllipses(excerptParts(data.excerpt)),
    sections,
  };
}

/**
 * Searches the Pagefind index for a query and its patient-word variants ("prolia" → "denosumab"), merges the
 * results and loads them ten at a time. A newer query always wins over a slower older one.
 */
export function useSearch(query: string) {
  const variants = useMemo(() => queryVariants(query), [query]);
  const shown = variants[0]?.query ?? query;
  // The answer for the query it was found for; while it is for another query, this one is still loading. So a page
  // opened with ?q= starts as searching, and no suggestions flash up before the results.
  const [answer, setAnswer] = useState<{ query: string; state: SearchState } | null>(null);
  const all = useRef<PagefindResult[]>([]);
  const latest = useRef(0);

  useEffect(() => {
    const run = ++latest.current;
    if (variants.length === 0) return;
    (async () => {
      try {
        const pagefind = await loadPagefind();
        const searches = await Promise.all(variants.map((variant) => pagefind.search(variant.query)));
        const lists = searches.map((search) => search?.results ?? []);
        const merged = mergeById(lists);
        const notes = variants
          .filter((variant, i) => variant.note && (lists[i]?.length ?? 0) > 0)
          .map((v) => v.note ?? '');
        const first = await Promise.all(merged.slice(0, PAGE_SIZE).map((result) => result.data()));
        if (run !== latest.current) return;
        all.current = merged;
        setAnswer({
          query,
          state: { status: 'done', query: shown, total: merged.length, results: first.map(toView), notes },
        });
      } catch {
        if (run === latest.current) setAnswer({ query, state: { status: 'error', query: shown } });
      }
    })();
  }, [query, variants, shown]);

  const state = useMemo<SearchState>(() => {
    if (variants.length === 0) return { status: 'idle' };
    return answer?.query === query ? answer.state : { status: 'loading', query: shown };
  }, [variants, answer, query, shown]);

  const showMore = useCallback(async () => {
    if (state.status !== 'done') return;
    const run = latest.current;
    const next = await Promise.all(
      all.current.slice(state.results.length, state.results.length + PAGE_SIZE).map((result) => result.data()),
    );
    if (run !== latest.current) return;
    setAnswer({ query, state: { ...state, results: [...state.results, ...next.map(toView)] } });
  }, [state, query]);

  return { state, showMore };
}
