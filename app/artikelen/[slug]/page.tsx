import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleActions } from '@/components/articles/ArticleActions';
import { ArticleFooter } from '@/components/articles/ArticleFooter';
import { ArticleHeader } from '@/components/articles/ArticleHeader';
import { TableOfContents } from '@/components/articles/TableOfContents';
import { MdxContent } from '@/components/mdx/MdxContent';
import { getArticle, getArticleIndex } from '@/lib/content/articles';
import { validateLibrary } from '@/lib/content/library';

type Params = { params: Promise<{ slug: string }> };

// Every article is known at build time; any other slug is a 404, never a server error.
export const dynamicParams = false;

export async function generateStaticParams() {
  // Checks the whole library (fields, components, links) so that a mistake stops the build with one message.
  const articles = await validateLibrary();
  return articles.filter((a) => !a.draft || process.env.NODE_ENV !== 'production').map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  if (!article) return {};
  const url = `/artikelen/${article.slug}`;
  return {
    title: article.title,
    description: article.description,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.description,
      url,
      modifiedTime: article.updated,
    },
  };
}

export default async function ArticlePage({ params }: Params) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  const index = getArticleIndex();
  const position = index.findIndex((a) => a.slug === article.slug);

  // data-read-aloud marks what "Lees voor" reads: the title, the lead, "In het kort" and the body.
  // From 1024 px "Op deze pagina" is a second column beside everything else, so it can stay in view while reading;
  // on a phone it comes, in the same order as in the HTML, after the actions and before the text.
  return (
    <article className="lg:grid lg:grid-cols-[minmax(0,34rem)_minmax(0,18rem)] lg:gap-x-16">
      <div className="lg:col-start-1">
        <ArticleHeader article={article} />
        <ArticleActions article={article} />
      </div>
      <div className="lg:col-start-2 lg:row-span-3 lg:row-start-1">
        <TableOfContents headings={article.headings} />
      </div>
      <div
        data-read-aloud
        className="prose prose-lg max-w-measure prose-headings:text-ink prose-a:text-brand prose-a:underline-offset-2 prose-table:my-0 lg:col-start-1"
      >
        <MdxContent code={article.code} />
      </div>
      <div className="lg:col-start-1">
        <ArticleFooter article={article} previous={index[position - 1]} next={index[position + 1]} />
      </div>
    </article>
  );
}
