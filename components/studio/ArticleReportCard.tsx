import type { ArticleReport } from '@/lib/studio/report';

/** One article on the studio's check page: links to edit and view it, the check's messages, reading level, review. */
export function ArticleReportCard({ article }: { article: ArticleReport }) {
  const { slug, title, problems, readability: r, readingProblems, reviewed, reviewOverdue } = article;
  const ok = problems.length === 0;
  return (
    <article
      aria-labelledby={`artikel-${slug}`}
      className={`rounded border-2 p-4 ${ok ? 'border-slate-300' : 'border-red-700'}`}
    >
      <h2 id={`artikel-${slug}`} className="text-xl font-bold">
        {title} {article.draft ? <span className="text-base font-normal">(concept)</span> : null}
      </h2>
      <p className="text-sm">content/articles/{slug}.mdx</p>
      <p className="mt-2 flex gap-4">
        <a className="underline" href={`/keystatic/collection/artikelen/item/${slug}`}>
          Bewerk in de studio
        </a>
        <a className="underline" href={`/artikelen/${slug}`} target="_blank" rel="noreferrer">
          Bekijk op de site
        </a>
      </p>
      <h3 className="mt-3 font-semibold">Controle</h3>
      {ok ? (
        <p>Geen fouten.</p>
      ) : (
        <ul className="list-disc pl-6" aria-label={`Fouten in ${slug}`}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <h3 className="mt-3 font-semibold">Taalniveau</h3>
      <p>
        Flesch-Douma {r.fleschDouma.toFixed(0)}, gemiddeld {r.averageSentenceLength.toFixed(1)} woorden per zin,{' '}
        {Math.round(r.longSentenceShare * 100)} % lange zinnen.{' '}
        {readingProblems.length === 0 ? 'Binnen B1.' : `Boven B1: ${readingProblems.join('; ')}.`}
      </p>
      {r.longSentences.length > 0 ? (
        <details>
          <summary>Lange zinnen ({r.longSentences.length})</summary>
          <ul className="list-disc pl-6">
            {r.longSentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <h3 className="mt-3 font-semibold">Medische controle</h3>
      <p>
        {reviewed ? `Laatst gecontroleerd op ${reviewed}.` : 'Geen datum van de laatste controle.'}{' '}
        {reviewOverdue ? (
          <strong>Meer dan een jaar geleden: laat het artikel opnieuw nakijken.</strong>
        ) : (
          'Minder dan een jaar geleden.'
        )}
      </p>
    </article>
  );
}
