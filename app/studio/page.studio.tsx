import type { Metadata } from 'next';
import { ArticleReportCard } from '@/components/studio/ArticleReportCard';
import { studioReport } from '@/lib/studio/report';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Controle van de inhoud', robots: { index: false } };

export default async function StudioCheckPage() {
  const { articles, otherFiles } = await studioReport();
  const withProblems = articles.filter((a) => a.problems.length > 0).length;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Controle van de inhoud</h1>
      <p>
        Dezelfde controle als <code>npm run content</code>, per artikel, met het taalniveau en de datum van de laatste
        medische controle. Herlaad deze pagina na het opslaan.{' '}
        <a href="/keystatic" className="underline">
          Naar de studio
        </a>
      </p>
      <p role="status">
        {withProblems === 0
          ? 'Alle artikelen zijn in orde.'
          : `${withProblems} van de ${articles.length} artikelen hebben fouten.`}
      </p>
      {otherFiles.map(({ file, problems }) => (
        <section key={file} aria-label={file} className="rounded border-2 border-red-700 p-4">
          <h2 className="font-bold">Fout in {file}</h2>
          <ul className="list-disc pl-6">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      ))}
      <ul className="space-y-4">
        {articles.map((article) => (
          <li key={article.slug}>
            <ArticleReportCard article={article} />
          </li>
        ))}
      </ul>
    </div>
  );
}
