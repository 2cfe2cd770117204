'use client';

import type { ExcerptPart } from '@/lib/search/config';
import { resultCountText, SEARCH_SUGGESTIONS, searchHref } from '@/lib/search/config';
import type { SearchState } from './useSearch';

/** The announced count, the results (each with its best sections) and help when nothing is found. */
export function SearchResults({ state, onShowMore }: { state: SearchState; onShowMore: () => void }) {
  return (
    <div className="mt-8">
      {/* Present from the start, so screen readers announce every change in it. */}
      <p role="status" aria-live="polite" className="text-lg font-semibold">
        {statusText(state)}
      </p>
      {state.status === 'idle' ? <Suggestions intro="Of kies een onderwerp:" /> : null}
      {state.status === 'error' ? <NotAvailable /> : null}
      {state.status === 'done' && state.total === 0 ? <NothingFound /> : null}
      {state.status === 'done' && state.total > 0 ? (
        <>
          {state.notes.map((note) => (
            <p key={note} className="mt-2">
              {note} U ziet ook de resultaten voor dat woord.
            </p>
          ))}
          <ol aria-label="Zoekresultaten" className="mt-6 space-y-6">
            {state.results.map((result) => (
              <li key={result.url} className="card">
                <p className="text-base font-semibold text-muted">{result.kind}</p>
                <h2 className="text-xl font-bold">
                  <a href={result.url} className="text-brand underline underline-offset-2">
                    {result.title}
                  </a>
                </h2>
                <Excerpt parts={result.summary} />
                {result.sections.length > 0 ? (
                  <ul aria-label={`Delen van “${result.title}”`} className="mt-3 space-y-3 border-l-4 border-line pl-4">
                    {result.sections.map((section) => (
                      <li key={section.url}>
                        <a href={section.url} className="font-semibold text-brand underline underline-offset-2">
                          {section.title}
                        </a>
                        <Excerpt parts={section.excerpt} />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
          {state.results.length < state.total ? (
            <button type="button" className="btn-secondary mt-6" onClick={onShowMore}>
              Toon meer resultaten
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function statusText(state: SearchState): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'loading':
      return 'Bezig met zoeken…';
    case 'error':
      return 'Zoeken lukt nu niet.';
    case 'done':
      return resultCountText(state.total, state.query);
  }
}

/** The found words are bold as well as highlighted: never colour alone. */
function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  if (parts.length === 0) return null;
  return (
    <p className="search-excerpt mt-1">
      {parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}

function Suggestions({ intro }: { intro: string }) {
  return (
    <div className="mt-4">
      <p>{intro}</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {SEARCH_SUGGESTIONS.map((word) => (
          <li key={word}>
            <a href={searchHref(word)} className="btn-secondary">
              {word}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function NothingFound() {
  return (
    <div className="mt-4 max-w-measure space-y-3">
      <p>Tips:</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>Kijk of het woord goed gespeld is.</li>
        <li>Gebruik één woord, of een ander woord met dezelfde betekenis.</li>
        <li>
          Zoek een moeilijk woord op in de{' '}
          <a href="/woordenlijst" className="text-brand underline">
            woordenlijst
          </a>
          , of bekijk{' '}
          <a href="/artikelen" className="text-brand underline">
            alle artikelen
          </a>
          .
        </li>
      </ul>
      <Suggestions intro="Mensen zoeken vaak naar:" />
    </div>
  );
}

function NotAvailable() {
  return (
    <p className="mt-2 max-w-measure">
      Probeer het later nog eens. U kunt ook{' '}
      <a href="/artikelen" className="text-brand underline">
        alle artikelen
      </a>{' '}
      bekijken of de{' '}
      <a href="/woordenlijst" className="text-brand underline">
        woordenlijst
      </a>
      .
    </p>
  );
}
