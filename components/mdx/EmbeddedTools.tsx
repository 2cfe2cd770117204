import type { ReactNode } from 'react';
import { Island } from '@/components/islands/Island';
import { SITE_URL } from '@/lib/site/config';
import { CalciumCalculator } from '@/components/calculators/CalciumCalculator';
import { TScoreTool } from '@/components/calculators/TScoreTool';
import { FallRiskCheck } from '@/components/risk/FallRiskCheck';
import { FractureRiskCheck } from '@/components/risk/FractureRiskCheck';

/**
 * A tool inside an article: an island like any other, so its code loads only when it comes near the screen (or the
 * browser is idle), and until then it is the tool's own server HTML. On paper an empty tool is no use, so the
 * handout names the tool's own page.
 */
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
      <Island name="tscore" props={{}}>
        <TScoreTool />
      </Island>
    </Embedded>
  );
}

export function EmbeddedCalciumCalculator() {
  return (
    <Embedded name="calciumcalculator" path="/hulpmiddelen/calcium">
      <Island name="calcium" props={{}}>
        <CalciumCalculator />
      </Island>
    </Embedded>
  );
}

export function EmbeddedFallRiskCheck() {
  return (
    <Embedded name="valcheck" path="/hulpmiddelen/valrisico">
      <Island name="valrisico" props={{}}>
        <FallRiskCheck />
      </Island>
    </Embedded>
  );
}

export function EmbeddedFractureRiskCheck() {
  return (
    <Embedded name="botbreukcheck" path="/hulpmiddelen/botbreukrisico">
      <Island name="botbreukrisico" props={{}}>
        <FractureRiskCheck />
      </Island>
    </Embedded>
  );
}
