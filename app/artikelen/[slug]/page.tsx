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
    openGraph: { type: 'article', title: article.title, description: article.description, url, modifiedTime: article.updated },
  };
}

export default async function ArticlePage({ params }: Params) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  const index = getArticleIndex();
  const position = index.findIndex((a) => a.slug === article.slug);

  // data-read-aloud marks what "Lees voor" reads: the title, the lead, "In het kort" and the body.
  return (
    <article>
      <ArticleHeader article={article} />
      <ArticleActions article={article} />
      <TableOfContents headings={article.headings} />
      <div
        data-read-aloud
        className="prose prose-lg max-w-measure prose-headings:text-ink prose-a:text-brand prose-a:underline-offset-2 prose-table:my-0"
      >
        <MdxContent code={article.code} />
      </div>
      <ArticleFooter article={article} previous={index[position - 1]} next={index[position + 1]} />
    </article>
  );
}
