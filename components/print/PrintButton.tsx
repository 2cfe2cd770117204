'use client';

import { useBrowserValue } from '@/components/ui/useBrowserValue';
import { Icon } from '@/components/ui/Icon';

/** Opens the browser's print dialog; the print stylesheet makes the handout. Hidden until it can work. */
export function PrintButton({ label = 'Print deze pagina' }: { label?: string }) {
  const ready = useBrowserValue(() => typeof window.print === 'function', false);
  if (!ready) return null;
  return (
    <button type="button" className="btn-secondary" onClick={() => window.print()}>
      <Icon>
        <path d="M7 9V3h10v6M7 17H4v-8h16v8h-3" strokeLinejoin="round" />
        <rect x="7" y="14" width="10" height="7" />
      </Icon>
      {label}
    </button>
  );
}
