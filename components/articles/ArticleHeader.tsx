import Link from 'next/link';
import { TOPICS } from '@/lib/content/schema';
import type { ArticleMeta } from '@/lib/content/articles';

/** Breadcrumb, title, lead and the "In het kort" box: what a reader needs before the body. */
export function ArticleHeader({ article }: { article: ArticleMeta }) {
  return (
    <header className="mb-8 max-w-measure">
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
      <p className="mt-3 text-xl text-muted">{article.description}</p>
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
