'use client';

import { useId, useState } from 'react';
import { useBrowserValue } from '@/components/ui/useBrowserValue';

type TermToggleProps = {
  /** The marked word as it stands in the text. */
  label: string;
  term: string;
  definition: string;
  href: string;
};

/**
 * A marked word that opens its definition in place. A real button, so it works by mouse, touch and keyboard;
 * the definition links on to the glossary. Without JavaScript the word is a plain link to the glossary entry.
 */
export function TermToggle({ label, term, definition, href }: TermToggleProps) {
  const [open, setOpen] = useState(false);
  const ready = useBrowserValue(() => true, false);
  const id = useId();

  // Until hydration the server-rendered link is what works; after it, the button takes over.

  if (!ready) {
    return (
      <a href={href} className="term-link underline decoration-dotted underline-offset-4">
        {label}
      </a>
    );
  }
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
        className="cursor-help font-[inherit] text-[inherit] underline decoration-dotted decoration-2 underline-offset-4 hover:bg-brand-light"
      >
        {label}
        <span className="sr-only"> (uitleg {open ? 'verbergen' : 'tonen'})</span>
      </button>
      <span
        id={id}
        hidden={!open}
        className="my-2 block rounded-lg border-2 border-brand bg-brand-light p-3 text-base not-italic"
      >
        <strong>{term}:</strong> {definition}{' '}
        <a href={href} className="text-brand underline">
          In de woordenlijst
        </a>
      </span>
    </>
  );
}
