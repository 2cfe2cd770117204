import type { Metadata } from 'next';
import { Island } from '@/components/islands/Island';
import { PrintAddress } from '@/components/print/PrintAddress';
import { FractureRiskCheck } from '@/components/risk/FractureRiskCheck';
import { GUIDELINE_GROUPS_TEXT } from '@/lib/fracture-risk/explain';
import { formatDate } from '@/lib/format/date';
import { SITE_URL } from '@/lib/site/config';

const PATH = '/hulpmiddelen/botbreukrisico';
const REVIEWED = '2026-12-01';

export const metadata: Metadata = {
  title: 'Moet ik mijn huisarts vragen naar mijn botten?',
  description:
    'Beantwoord een paar vragen en lees of de huisarts uw kans op een botbreuk wil bekijken. Gebaseerd op de richtlijn van de huisartsen.',
  alternates: { canonical: PATH },
};

export default function FractureRiskPage() {
  return (
    <div className="text-lg">
      <div className="max-w-[48rem] print:hidden">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Moet ik mijn huisarts vragen naar mijn botten?</h1>
        <p className="mt-4">
          Huisartsen kijken bij sommige mensen extra goed naar de kans op een botbreuk. Beantwoord de vragen hieronder.
          U leest dan of dat voor u geldt en wat u kunt doen. Wat u invult, blijft op uw eigen apparaat.
        </p>
        <noscript>
          <p className="mt-2 font-semibold">
            Zonder JavaScript geeft deze pagina geen uitkomst. Onder de vragen leest u bij wie de huisarts de kans op
            een botbreuk wil inschatten.
          </p>
        </noscript>
      </div>

      <Island name="botbreukrisico" props={{}}>
        <FractureRiskCheck />
      </Island>

      <div className="max-w-[48rem] print:hidden">
        <section aria-labelledby="wie" className="mt-10">
          <h2 id="wie" className="text-2xl font-bold">
            Bij wie kijkt de huisarts naar uw botten?
          </h2>
          <p className="mt-2">Volgens de richtlijn van de huisartsen (NHG) bij deze mensen:</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {GUIDELINE_GROUPS_TEXT.groups.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="mt-3">{GUIDELINE_GROUPS_TEXT.other}</p>
        </section>

        <aside aria-labelledby="geen-diagnose" className="mt-10 rounded-xl border-2 border-ink bg-brand-light p-4">
          <h2 id="geen-diagnose" className="text-xl font-bold">
            Dit hulpmiddel stelt geen diagnose
          </h2>
          <p className="mt-2">
            Het zegt niet of u zwakke botten heeft en het berekent geen kans. Het laat alleen zien of uw huisarts uw
            kans op een botbreuk wil bekijken. Twijfelt u? Bespreek het met uw huisarts.
          </p>
        </aside>

        <footer className="mt-8 text-base text-muted">
          <p>
            Bron: NHG-Standaard Fractuurpreventie (Nederlands Huisartsen Genootschap, 2024). Andere risicofactoren: LUMC
            en de vorige NHG-Standaard (2012). Laatst gecontroleerd:{' '}
            <time dateTime={REVIEWED}>{formatDate(REVIEWED)}</time>.
          </p>
        </footer>
      </div>

      <PrintAddress url={`${SITE_URL}${PATH}`} />
    </div>
  );
}
