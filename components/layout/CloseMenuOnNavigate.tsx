'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

/**
 * The header stays mounted while the reader moves between pages, so the folded phone menu would stay open over
 * the new page. This closes it whenever the address changes. Rendered inside the <details> it closes.
 */
export function CloseMenuOnNavigate() {
  const pathname = usePathname();
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const menu = marker.current?.closest('details');
    if (menu) menu.open = false;
  }, [pathname]);
  return <span ref={marker} hidden />;
}
