'use client';

import { useBrowserValue } from '@/components/ui/useBrowserValue';

/** Opens the browser's print dialog; the print stylesheet makes the handout. Hidden until it can work. */
export function PrintButton({ label = 'Print deze pagina' }: { label?: string }) {
  const ready = useBrowserValue(() => typeof window.print === 'function', false);
  if (!ready) return null;
  return (
    <button type="button" className="btn-secondary" onClick={() => window.print()}>
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
      >
        <path d="M7 9V3h10v6M7 17H4v-8h16v8h-3" strokeLinejoin="round" />
        <rect x="7" y="14" width="10" height="7" />
      </svg>
      {label}
    </button>
  );
}
