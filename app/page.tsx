import Link from 'next/link';
import { getArticleIndex } from '@/lib/content/articles';
import { TOPIC_IDS, TOPICS } from '@/lib/content/schema';
import { HomePicture } from '@/components/home/HomePicture';
import { ToolCards } from '@/components/tools/ToolCards';

export default function HomePage() {
  const articles = getArticleIndex();
  return (
    <>
      <section
        aria-labelledby="welkom"
        className="grid grid-cols-1 items-center gap-6 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"
      >
        <div className="max-w-measure">
          <h1 id="welkom" className="text-3xl font-bold leading-tight sm:text-5xl">
            Begrijp en bescherm uw botten
          </h1>
          <p className="mt-4 text-xl">
            Botwijzer legt in gewone taal uit wat osteoporose (botontkalking) is, wat een botdichtheidsmeting laat zien
            en wat u zelf kunt doen. Voor iedereen met osteoporose of een grotere kans daarop, en voor hun naasten.
          </p>
          <p className="mt-6">
            <Link href="/artikelen/wat-is-osteoporose" className="btn">
              Begin bij: wat is osteoporose?
            </Link>
          </p>
        </div>
        <div className="flex justify-center">
          <HomePicture />
        </div>
      </section>

      <section aria-labelledby="hulpmiddelen" className="mt-10">
        <h2 id="hulpmiddelen" className="text-2xl font-bold">
          Hulpmiddelen
        </h2>
        <ToolCards />
      </section>

      <section aria-labelledby="onderwerpen" className="mt-10">
        <h2 id="onderwerpen" className="text-2xl font-bold">
          Onderwerpen
        </h2>
        <div className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-2">
          {TOPIC_IDS.map((topic) => {
            const inTopic = articles.filter((a) => a.topic === topic);
            if (inTopic.length === 0) return null;
            return (
              <section key={topic} aria-labelledby={`onderwerp-${topic}`} className="card">
                <h3 id={`onderwerp-${topic}`} className="text-xl font-bold">
                  {TOPICS[topic]}
                </h3>
                <ul className="mt-2 space-y-1">
                  {inTopic.map((article) => (
                    <li key={article.slug}>
                      <Link href={`/artikelen/${article.slug}`} className="text-brand underline underline-offset-2">
                        {article.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
        <p className="mt-6">
          <Link href="/artikelen" className="btn">
            Bekijk alle artikelen
          </Link>
        </p>
      </section>
    </>
  );
}
