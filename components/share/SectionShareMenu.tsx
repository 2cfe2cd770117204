'use client';

import { useBrowserValue } from '@/components/ui/useBrowserValue';
import { ShareLinks } from '@/components/share/ShareLinks';
import { SystemShareButton } from '@/components/share/SystemShareButton';

type SectionShareMenuProps = {
  /** The heading's text, for the message and the accessible names. */
  title: string;
  /** The heading's id: the #fragment that leads to this part. */
  id: string;
  /** The public address of the site (SITE_URL), so a shared link leads to the live site, not a test server. */
  siteUrl: string;
};

/**
 * The choices inside "Deel dit stuk". They need the page's own path, known once the page has loaded; until then
 * (or without JavaScript) a plain link to the section is what a reader can copy.
 */
export function SectionShareMenu({ title, id, siteUrl }: SectionShareMenuProps) {
  const path = useBrowserValue(() => window.location.pathname, null);

  if (path === null) {
    return (
      <a href={`#${id}`} className="text-brand underline">
        Link naar dit stuk
      </a>
    );
  }
  const url = `${siteUrl}${path}#${id}`;
  return (
    <>
      <SystemShareButton title={title} href={url} shareLabel="Delen" copyLabel="Kopieer link naar dit stuk" />
      <ShareLinks target={{ title, url }} context={title} />
    </>
  );
}
