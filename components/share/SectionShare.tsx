import { Island } from '@/components/islands/Island';
import { SectionShareMenu } from '@/components/share/SectionShareMenu';
import { SITE_URL } from '@/lib/site/config';
import { Icon } from '@/components/ui/Icon';

/**
 * "Deel dit stuk" beside a section heading: one small button (its name says which section) that opens the share
 * choices for that part of the article in a small panel over the text. A <details>, so it opens and closes without
 * JavaScript and takes no room until asked for. Never printed, never indexed.
 */
export function SectionShare({ title, id }: { title: string; id: string }) {
  return (
    <details className="section-share no-print not-prose text-base">
      <summary
        title="Deel dit stuk"
        className="inline-flex h-11 w-11 cursor-pointer items-center justify-center rounded-lg text-muted hover:bg-brand-light hover:text-brand"
      >
        <ShareIcon />
        <span className="sr-only">Deel dit stuk: {title}</span>
      </summary>
      <div className="section-share-panel card mt-1 flex flex-col items-stretch gap-2 p-3 shadow-lg sm:p-3">
        <Island name="section-share" props={{ title, id, siteUrl: SITE_URL }}>
          <SectionShareMenu title={title} id={id} siteUrl={SITE_URL} />
        </Island>
      </div>
    </details>
  );
}

function ShareIcon() {
  return (
    <Icon className="h-6 w-6" strokeWidth={2}>
      <circle cx="18" cy="5" r="2.5" />
      <circle cx="6" cy="12" r="2.5" />
      <circle cx="18" cy="19" r="2.5" />
      <path d="m8.2 10.8 7.6-4.4M8.2 13.2l7.6 4.4" strokeLinecap="round" />
    </Icon>
  );
}
