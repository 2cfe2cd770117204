'use client';

import { useEffect, useRef, type RefObject } from 'react';
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
  const menu = useRef<HTMLDivElement>(null);
  useClosesLikeAMenu(menu);

  const url = path === null ? null : `${siteUrl}${path}#${id}`;
  return (
    <div ref={menu} className="flex flex-col items-stretch gap-2">
      {url === null ? (
        <a href={`#${id}`} className="text-brand underline">
          Link naar dit stuk
        </a>
      ) : (
        <>
          <SystemShareButton title={title} href={url} shareLabel="Delen" copyLabel="Kopieer link naar dit stuk" />
          <ShareLinks target={{ title, url }} context={title} />
        </>
      )}
    </div>
  );
}

/**
 * The panel opens over the text, so it closes the way a menu does: with Escape (focus goes back to its button) or
 * a click or tap anywhere else on the page.
 */
function useClosesLikeAMenu(menu: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    // Looked up at each event: in the static export the island may start before it is placed in the page.
    const openDetails = () => {
      const details = menu.current?.closest('details');
      return details?.open ? details : null;
    };
    const onKey = (event: KeyboardEvent) => {
      const details = openDetails();
      if (event.key !== 'Escape' || !details?.contains(document.activeElement)) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const details = openDetails();
      if (details && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [menu]);
}
