import type { Metadata } from 'next';
import Link from 'next/link';
import { getArticleIndex } from '@/lib/content/articles';
import { TOPIC_IDS, TOPICS } from '@/lib/content/schema';

export const metadata: Metadata = {
  title: 'Alle artikelen',
  description:
    'Alle artikelen van Botwijzer over osteoporose, per onderwerp: begrijpen, onderzoek, zelf doen, medicijnen en leven ermee.',
  alternates: { canonical: '/artikelen' },
};

export default function ArticleIndexPage() {
  const articles = getArticleIndex();
  return (
    <>
      <h1 className="text-3xl font-bold sm:text-4xl">Alle artikelen</h1>
      <p className="mt-3 max-w-measure text-xl">
        Kies een onderwerp. Elk artikel begint met de belangrijkste punten in het kort.
      </p>
      {TOPIC_IDS.map((topic) => {
        const inTopic = articles.filter((a) => a.topic === topic);
        if (inTopic.length === 0) return null;
        return (
          <section key={topic} aria-labelledby={topic} className="mt-10">
            <h2 id={topic} className="text-2xl font-bold">
              {TOPICS[topic]}
            </h2>
            <ul className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-2">
              {inTopic.map((article) => (
                <li key={article.slug} className="card">
                  <Link
                    href={`/artikelen/${article.slug}`}
                    className="text-xl font-semibold text-brand underline underline-offset-2"
                  >
                    {article.title}
                  </Link>
                  <p className="mt-2">{article.description}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
