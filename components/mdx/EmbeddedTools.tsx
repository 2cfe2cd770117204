import type { ReactNode } from 'react';
import { Island } from '@/components/islands/Island';
import { SITE_URL } from '@/lib/site/config';
import { LazyCalciumCalculator, LazyFallRiskCheck, LazyFractureRiskCheck, LazyTScoreTool } from './LazyTools';

/** A tool inside an article. On paper an empty tool is no use, so the handout names the tool's own page. */
function Embedded({ children, name, path }: { children: ReactNode; name: string; path: string }) {
  return (
    <div className="embedded-tool not-prose my-8">
      <div className="embedded-tool-live">{children}</div>
      <p className="print-only">
        Op de website staat hier de {name}: {SITE_URL.replace(/^https?:\/\//, '')}
        {path}
      </p>
    </div>
  );
}

export function EmbeddedTScoreTool() {
  return (
    <Embedded name="T-score uitleg" path="/hulpmiddelen/t-score">
      <Island name="lazy-tscore" props={{}}>
        <LazyTScoreTool />
      </Island>
    </Embedded>
  );
}

export function EmbeddedCalciumCalculator() {
  return (
    <Embedded name="calciumcalculator" path="/hulpmiddelen/calcium">
      <Island name="lazy-calcium" props={{}}>
        <LazyCalciumCalculator />
      </Island>
    </Embedded>
  );
}

export function EmbeddedFallRiskCheck() {
  return (
    <Embedded name="valrisicotest" path="/hulpmiddelen/valrisico">
      <Island name="lazy-valrisico" props={{}}>
        <LazyFallRiskCheck />
      </Island>
    </Embedded>
  );
}

export function EmbeddedFractureRiskCheck() {
  return (
    <Embedded name="botbreukcheck" path="/hulpmiddelen/botbreukrisico">
      <Island name="lazy-botbreukrisico" props={{}}>
        <LazyFractureRiskCheck />
      </Island>
    </Embedded>
  );
}
