'use client';

import { lazy, Suspense, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';

// An article loads a tool's JavaScript only when it embeds that tool, and only after the page itself is ready:
// when the tool comes near the screen or the browser is idle, whichever is first. That keeps the article's
// first-load JavaScript within budget (npm run bench). Until then, and without JavaScript, a link leads to the
// tool's own page, which works on its own.
// React.lazy, not next/dynamic: the static export starts this component without the Next.js runtime.
const TScoreTool = lazy(() => import('@/components/calculators/TScoreTool').then((m) => ({ default: m.TScoreTool })));
const CalciumCalculator = lazy(() =>
  import('@/components/calculators/CalciumCalculator').then((m) => ({ default: m.CalciumCalculator })),
);
const FallRiskCheck = lazy(() => import('@/components/risk/FallRiskCheck').then((m) => ({ default: m.FallRiskCheck })));
const FractureRiskCheck = lazy(() =>
  import('@/components/risk/FractureRiskCheck').then((m) => ({ default: m.FractureRiskCheck })),
);

function useLoadWhenReady() {
  const marker = useRef<HTMLDivElement>(null);
  const [load, setLoad] = useState(false);
  useEffect(() => {
    const element = marker.current;
    if (!element) return;
    const start = () => setLoad(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), {
      rootMargin: '600px 0px',
    });
    observer.observe(element);
    // Safari has no requestIdleCallback; a short timeout does the same job there.
    const hasIdle = typeof window.requestIdleCallback === 'function';
    const idle = hasIdle ? window.requestIdleCallback(start, { timeout: 4000 }) : window.setTimeout(start, 2000);
    return () => {
      observer.disconnect();
      if (hasIdle) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, []);
  return { marker, load };
}

function LazyTool({ Tool, name, href }: { Tool: ComponentType; name: string; href: string }) {
  const { marker, load } = useLoadWhenReady();
  const placeholder: ReactNode = (
    <p className="card">
      Hier komt de {name}. U kunt die ook gebruiken op een eigen pagina:{' '}
      <a href={href} className="text-brand underline">
        open de {name}
      </a>
      .
    </p>
  );
  return (
    <div ref={marker} data-pagefind-ignore>
      {load ? (
        <Suspense fallback={placeholder}>
          <Tool />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}

export function LazyTScoreTool() {
  return <LazyTool Tool={TScoreTool} name="T-score uitleg" href="/hulpmiddelen/t-score" />;
}

export function LazyCalciumCalculator() {
  return <LazyTool Tool={CalciumCalculator} name="calciumcalculator" href="/hulpmiddelen/calcium" />;
}

export function LazyFallRiskCheck() {
  return <LazyTool Tool={FallRiskCheck} name="valrisicotest" href="/hulpmiddelen/valrisico" />;
}

export function LazyFractureRiskCheck() {
  return <LazyTool Tool={FractureRiskCheck} name="botbreukcheck" href="/hulpmiddelen/botbreukrisico" />;
}
