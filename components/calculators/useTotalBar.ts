'use client';

import { useEffect, useRef, useState } from 'react';

/** How much of the bottom of the window the bar covers: the result counts as in view only above it. */
const BAR_HEIGHT_PX = 96;

/**
 * Whether to show the compact total: while some of the calculator is on screen but its result sentence is not
 * (scrolled below the bar, or above the window). Where the result panel stays beside the form, it never shows.
 */
export function useTotalBar() {
  const calculator = useRef<HTMLDivElement>(null);
  const result = useRef<HTMLParagraphElement>(null);
  const [shown, setShown] = useState(false);

  useEffect(() => {
    const form = calculator.current;
    const summary = result.current;
    if (!form || !summary || typeof IntersectionObserver !== 'function') return;
    const inView = new Map<Element, boolean>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) inView.set(entry.target, entry.isIntersecting);
        setShown(Boolean(inView.get(form)) && !inView.get(summary));
      },
      { rootMargin: `0px 0px -${BAR_HEIGHT_PX}px 0px` },
    );
    observer.observe(form);
    observer.observe(summary);
    return () => observer.disconnect();
  }, []);

  return { calculator, result, shown };
}
