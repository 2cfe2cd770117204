import type { Metadata } from 'next';
import { Island } from '@/components/islands/Island';
import { PrintAddress } from '@/components/print/PrintAddress';
import { FallRiskCheck } from '@/components/risk/FallRiskCheck';
import {
  CDC_DISCLAIMER_EN,
  CDC_DISCLAIMER_NL,
  FALL_RISK_CREDIT,
  SCORING_TEXT,
  VALIDATION,
} from '@/lib/fall-risk/source';
import { formatDate } from '@/lib/format/date';
import { SITE_URL } from '@/lib/site/config';

const PATH = '/hulpmiddelen/valrisico';
const REVIEWED = '2026-12-01';

export const metadata: Metadata = {
  title: 'Valcheck: de vragenlijst van de CDC',
  description:
    'Twaalf korte vragen over vallen. U ziet meteen hoeveel punten u heeft, wat dat betekent en wat u kunt doen. Alles blijft op uw eigen apparaat.',
  alternates: { canonical: PATH },
};

export default function FallRiskPage() {
  return (
    <div className="text-lg">
      <div className="max-w-[48rem] print:hidden">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">
          Valcheck: de vragenlijst van de CDC over vallen
        </h1>
        <p className="mt-4">
          Een val is vaak de reden dat een zwak bot breekt. Met deze 12 korte vragen van het Amerikaanse CDC ziet u of u
          een grotere kans kunt hebben om te vallen, en wat u daaraan kunt doen. Dit is niet de Nederlandse
          valrisicotest die uw huisarts of fysiotherapeut met u doet. Wat u invult, blijft op uw eigen apparaat.
        </p>
        <noscript>
          <p className="mt-2 font-semibold">
            Zonder JavaScript telt deze pagina de punten niet voor u. U kunt ze zelf tellen: bij elke vraag staat
            hoeveel punten ja is. Onder de vragen leest u wat uw punten betekenen.
          </p>
        </noscript>
      </div>

      <Island name="valrisico" props={{}}>
        <FallRiskCheck />
      </Island>

      <div className="max-w-[48rem] print:hidden">
        <section aria-labelledby="punten-tellen" className="mt-10">
          <h2 id="punten-tellen" className="text-2xl font-bold">
            Zo telt u de punten
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {Object.values(SCORING_TEXT).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>

        <aside aria-labelledby="geen-diagnose" className="mt-10 rounded-xl border-2 border-ink bg-brand-light p-4">
          <h2 id="geen-diagnose" className="text-xl font-bold">
            Deze test stelt geen diagnose
          </h2>
          <p className="mt-2">
            De test laat zien of u meer kans heeft om te vallen. Hoe groot die kans echt is en wat u het beste kunt
            doen, bespreekt u met uw huisarts of de praktijkondersteuner.
          </p>
        </aside>

        <section aria-labelledby="bron" className="mt-10 text-base">
          <h2 id="bron" className="text-xl font-bold">
            Waar komen de vragen vandaan?
          </h2>
          <p className="mt-2">{FALL_RISK_CREDIT}</p>
          <p className="mt-2 font-semibold">{CDC_DISCLAIMER_NL}</p>
          <p className="mt-1" lang="en">
            {CDC_DISCLAIMER_EN}
          </p>
          <h3 className="mt-4 font-bold">Is de test onderzocht?</h3>
          {VALIDATION.summary.map((line) => (
            <p key={line} className="mt-1">
              {line}
            </p>
          ))}
          <p className="mt-2 text-muted" lang="en">
            {VALIDATION.citation}
          </p>
          <p className="mt-4 text-muted">
            Laatst gecontroleerd: <time dateTime={REVIEWED}>{formatDate(REVIEWED)}</time>.
          </p>
        </section>
      </div>

      <PrintAddress url={`${SITE_URL}${PATH}`} />
    </div>
  );
}
