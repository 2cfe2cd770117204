'use client';

import { CopyLinkButton } from '@/components/ui/CopyLinkButton';
import { useBrowserValue } from '@/components/ui/useBrowserValue';
import { Icon } from '@/components/ui/Icon';

type SystemShareButtonProps = {
  title: string;
  /** The address to share: a full address, or a path that is resolved against the current page. */
  href: string;
  /** Visible text of the share button, e.g. "Delen" or "Deel dit stuk". */
  shareLabel?: string;
  /** Visible text of the fallback button. */
  copyLabel?: string;
};

/**
 * The system share sheet where the browser has one (most phones); elsewhere "Kopieer link". Both need JavaScript,
 * so nothing is shown until the page has loaded; the e-mail and WhatsApp links next to it work without.
 */
export function SystemShareButton({
  title,
  href,
  shareLabel = 'Delen',
  copyLabel = 'Kopieer link',
}: SystemShareButtonProps) {
  const canShare = useBrowserValue(() => typeof navigator.share === 'function', null);

  if (canShare === null) return null;
  if (!canShare) return <CopyLinkButton label={copyLabel} href={href} />;

  async function share() {
    try {
      await navigator.share({ title, url: new URL(href, window.location.href).toString() });
    } catch {
      // The reader closed the share sheet, or the browser refused: nothing to report.
    }
  }

  return (
    <button type="button" className="btn-secondary" onClick={share}>
      <ShareIcon />
      {shareLabel}
    </button>
  );
}

function ShareIcon() {
  return (
    <Icon>
      <path d="M12 15V3m0 0-4 4m4-4 4 4" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M7 11H5v10h14V11h-2" strokeLinecap="round" strokeLinejoin="round" />
    </Icon>
  );
}
