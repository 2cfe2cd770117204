import { Island } from '@/components/islands/Island';
import { SectionShareMenu } from '@/components/share/SectionShareMenu';
import { SITE_URL } from '@/lib/site/config';

/**
 * "Deel dit stuk" under a section heading: the article's share choices for one part of it. A <details>, so it
 * opens and closes without JavaScript and takes no room until asked for. Never printed, never indexed.
 */
export function SectionShare({ title, id }: { title: string; id: string }) {
  return (
    <details className="section-share no-print not-prose text-base">
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg px-1 text-brand hover:bg-brand-light">
        <span aria-hidden="true" className="section-share-arrow inline-block w-5 text-center leading-none">
          ▸
        </span>
        <span className="underline underline-offset-4">Deel dit stuk</span>
        <span className="sr-only">: {title}</span>
      </summary>
      <Island name="section-share" props={{ title, id, siteUrl: SITE_URL }}>
        <SectionShareMenu title={title} id={id} siteUrl={SITE_URL} />
      </Island>
    </details>
  );
}
