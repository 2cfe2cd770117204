'use client';

import { useState } from 'react';

type CopyLinkButtonProps = {
  /** The button text; the link copied is always the current address, including its #fragment. */
  label?: string;
  /** Copy this address instead of the current one (for example a section link). */
  href?: string;
};

/** Copies a link and says so in a polite live region, so screen reader users hear it too. */
export function CopyLinkButton({ label = 'Kopieer link', href }: CopyLinkButtonProps) {
  const [message, setMessage] = useState('');

  async function copy() {
    const url = href ? new URL(href, window.location.href).toString() : window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setMessage('De link is gekopieerd. U kunt hem nu plakken in een e-mail of bericht.');
    } catch {
      setMessage(`Kopiëren lukte niet. Selecteer en kopieer deze link: ${url}`);
    }
  }

  return (
    <span className="inline-flex flex-col gap-1">
      <button type="button" className="btn-secondary" onClick={copy}>
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-base text-muted">
        {message}
      </span>
    </span>
  );
}
