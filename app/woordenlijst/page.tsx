import type { Metadata } from 'next';
import Link from 'next/link';
import { getArticleIndex } from '@/lib/content/articles';
import { getGlossary } from '@/lib/content/glossary';

export const metadata: Metadata = {
  title: 'Woordenlijst',
  description:
    'Uitleg in gewone taal van de woorden die u tegenkomt bij osteoporose: van DEXA-scan en T-score tot bisfosfonaat.',
  alternates: { canonical: '/woordenlijst' },
};

export default function GlossaryPage() {
  const entries = getGlossary();
  const titles = new Map(getArticleIndex().map((a) => [a.slug, a.title]));
  return (
    <div className="max-w-measure">
      <h1 className="text-3xl font-bold sm:text-4xl">Woordenlijst</h1>
      <p className="mt-3 text-xl">Moeilijke woorden over botten en osteoporose, kort uitgelegd.</p>
      <nav aria-label="Woorden in deze lijst" className="no-print mt-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {entries.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`} className="text-brand underline">
                {entry.term}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <dl className="mt-8 space-y-6">
        {entries.map((entry) => {
          const title = entry.article ? titles.get(entry.article) : undefined;
          return (
            <div key={entry.id} id={entry.id} className="scroll-mt-4 border-t-2 border-line pt-4 target:bg-highlight">
              <dt className="text-xl font-bold">{entry.term}</dt>
              <dd className="mt-1">
                {entry.definition}
                {entry.article && title ? (
                  <>
                    {' '}
                    <Link href={`/artikelen/${entry.article}`} className="text-brand underline">
                      Lees meer in: {title}
                    </Link>
                  </>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
