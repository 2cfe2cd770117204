import { Island } from '@/components/islands/Island';
import { PrintButton } from '@/components/print/PrintButton';
import { ReadAloud } from '@/components/reading/ReadAloud';
import { ShareLinks } from '@/components/share/ShareLinks';
import { SystemShareButton } from '@/components/share/SystemShareButton';
import type { ArticleMeta } from '@/lib/content/articles';
import { articleUrl } from '@/lib/share/links';

/** What a reader can do with the article besides reading it: share, print, listen. Never printed. */
export function ArticleActions({ article }: { article: ArticleMeta }) {
  const target = { title: article.title, url: articleUrl(article.slug) };
  return (
    <div className="no-print mb-8 max-w-measure space-y-3">
      <div role="group" aria-label="Dit artikel delen" className="flex flex-wrap items-start gap-2">
        <Island name="system-share" props={{ title: article.title, href: target.url }}>
          <SystemShareButton title={article.title} href={target.url} />
        </Island>
        <ShareLinks target={target} />
      </div>
      <div role="group" aria-label="Printen en voorlezen" className="flex flex-wrap items-start gap-2">
        <Island name="print" props={{}}>
          <PrintButton />
        </Island>
        <Island name="read-aloud" props={{}}>
          <ReadAloud />
        </Island>
      </div>
    </div>
  );
}
