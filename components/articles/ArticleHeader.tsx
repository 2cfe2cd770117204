import Link from 'next/link';
import { PrintAddress } from '@/components/print/PrintAddress';
import { TOPICS } from '@/lib/content/schema';
import type { ArticleMeta } from '@/lib/content/articles';
import { articleUrl } from '@/lib/share/links';

/**
 * Breadcrumb, title, lead and the "In het kort" box: what a reader needs before the body. On paper the page's
 * address and QR code come right under the lead, so even a one-page printout leads back to the live page.
 */
export function ArticleHeader({ article }: { article: ArticleMeta }) {
  return (
    <header data-read-aloud className="mb-6 max-w-measure">
      <nav aria-label="Kruimelpad" className="no-print mb-4 text-base">
        <ol className="flex flex-wrap gap-x-2">
          <li>
            <Link href="/artikelen" className="text-brand underline">
              Artikelen
            </Link>
            <span aria-hidden="true"> ›</span>
          </li>
          <li>
            <Link href={`/artikelen#${article.topic}`} className="text-brand underline">
              {TOPICS[article.topic]}
            </Link>
          </li>
        </ol>
      </nav>
      <h1 className="text-3xl font-bold leading-tight text-ink sm:text-4xl">{article.title}</h1>
      <p data-pagefind-meta="description" className="mt-3 text-xl text-muted">
        {article.description}
      </p>
      <PrintAddress url={articleUrl(article.slug)} />
      <section aria-labelledby="in-het-kort" className="card mt-6 border-brand bg-brand-light">
        <h2 id="in-het-kort" className="text-xl font-bold">
          In het kort
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {article.summary.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </section>
    </header>
  );
}
