import Link from 'next/link';
import type { ArticleMeta } from '@/lib/content/articles';
import { isShownToPatients } from '@/lib/content/bibliography';
import { formatDate } from '@/lib/format/date';

type ArticleFooterProps = { article: ArticleMeta; previous?: ArticleMeta; next?: ArticleMeta };

/**
 * Sources, review date and disclaimer (also on paper), then the way on to the previous and next article. Only the
 * authoritative sources are listed; the leaflets the texts were drawn from are credited on /over.
 */
export function ArticleFooter({ article, previous, next }: ArticleFooterProps) {
  return (
    <footer className="mt-12 max-w-measure space-y-8">
      <section aria-labelledby="bronnen" className="article-sources">
        <h2 id="bronnen" className="text-2xl font-bold">
          Bronnen
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {article.sources.filter(isShownToPatients).map((source) => (
            <li key={source.id}>
              {source.url ? (
                <a href={source.url} rel="noopener noreferrer" className="text-brand underline">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
              {/[.?!]$/.test(source.title) ? '' : '.'} {source.publisher}, {source.year ?? 'z.j'}.
            </li>
          ))}
        </ul>
      </section>
      <p className="font-semibold">
        Laatst gecontroleerd op <time dateTime={article.reviewed}>{formatDate(article.reviewed)}</time>
        {article.updated !== article.reviewed ? (
          <>
            {' '}
            · bijgewerkt op <time dateTime={article.updated}>{formatDate(article.updated)}</time>
          </>
        ) : null}
      </p>
      <p className="rounded-lg border-2 border-[#c9d6e3] p-4 text-base">
        Deze informatie is algemeen en geen persoonlijk medisch advies. Heeft u klachten of vragen over uw situatie?
        Bespreek ze met uw huisarts, specialist of apotheker.{' '}
        <Link href="/over#disclaimer" className="text-brand underline">
          Meer over deze disclaimer
        </Link>
      </p>
      <nav aria-label="Vorig en volgend artikel" className="no-print grid gap-4 sm:grid-cols-2">
        {previous ? (
          <Link
            href={`/artikelen/${previous.slug}`}
            rel="prev"
            className="card block no-underline hover:bg-brand-light"
          >
            <span className="block text-base text-muted">Vorig artikel</span>
            <span className="font-semibold text-brand underline">{previous.title}</span>
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link
            href={`/artikelen/${next.slug}`}
            rel="next"
            className="card block text-right no-underline hover:bg-brand-light"
          >
            <span className="block text-base text-muted">Volgend artikel</span>
            <span className="font-semibold text-brand underline">{next.title}</span>
          </Link>
        ) : null}
      </nav>
    </footer>
  );
}
