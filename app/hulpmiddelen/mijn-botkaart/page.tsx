import type { Metadata } from 'next';
import { BoneCard } from '@/components/bone-card/BoneCard';
import { Island } from '@/components/islands/Island';
import { QUESTIONS, QUESTION_IDS } from '@/lib/bone-card/questions';

export const metadata: Metadata = {
  title: 'Mijn botkaart',
  description:
    'Uw metingen, botbreuken, medicijnen en vragen op één kaart. Met de datum van uw volgende prik, voor uw agenda en om te printen. Alles blijft op uw apparaat.',
  alternates: { canonical: '/hulpmiddelen/mijn-botkaart' },
};

const REVIEWED = { iso: '2026-12-01', text: '1 december 2026' };

export default function BoneCardPage() {
  return (
    <div className="text-lg">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl print:hidden">Mijn botkaart</h1>
      <div className="mt-4 max-w-[48rem] space-y-3 print:hidden">
        <p>
          Op uw botkaart zet u uw metingen, uw botbreuken en uw medicijnen. De kaart rekent uit wanneer u de volgende
          prik of het volgende infuus krijgt, en wanneer uw arts de behandeling opnieuw bekijkt. U kunt vragen aanvinken
          voor uw volgende afspraak en de kaart printen.
        </p>
        <p>
          Wat u invult, blijft op uw eigen apparaat. Het wordt nergens naartoe gestuurd. U kiest zelf of de kaart op dit
          apparaat bewaard wordt.
        </p>
      </div>

      <noscript>
        <div className="card mt-6 space-y-3">
          <p className="font-semibold">
            De botkaart werkt alleen als JavaScript aan staat. Zet JavaScript aan in uw browser, of gebruik de
            vragenlijst hieronder. Die kunt u printen en meenemen naar uw afspraak.
          </p>
          <h2 className="text-2xl font-bold">Vragen voor mijn afspraak</h2>
          <ol className="list-decimal space-y-2 pl-6">
            {QUESTION_IDS.map((id) => (
              <li key={id}>
                {QUESTIONS[id]}
                <span aria-hidden="true" className="block h-10 border-b border-ink" />
              </li>
            ))}
          </ol>
        </div>
      </noscript>

      <Island name="bone-card" props={{}}>
        <BoneCard />
      </Island>

      <aside
        aria-labelledby="botkaart-let-op"
        className="mt-10 max-w-[48rem] rounded-xl border-2 border-ink bg-brand-light p-4 print:hidden"
      >
        <h2 id="botkaart-let-op" className="text-xl font-bold">
          De kaart helpt u onthouden
        </h2>
        <p className="mt-2">
          De datums op de kaart zijn uitgerekend met de gewone schema&rsquo;s. Uw arts kan een ander schema met u
          afspreken: dan geldt wat uw arts zegt. Twijfelt u over een prik of tablet? Bel uw huisarts of apotheek.
        </p>
      </aside>

      <footer className="mt-8 max-w-[48rem] text-base text-muted print:mt-3 print:text-[8.5pt] print:leading-tight print:text-ink">
        <p>
          Bronnen: schema&rsquo;s uit de productinformatie van de medicijnen en het Farmacotherapeutisch Kompas;
          herbeoordeling: richtlijn Osteoporose en fractuurpreventie (NIV, 2022); denosumab: NHG (2019) en NVR (2019).
          Laatst gecontroleerd: <time dateTime={REVIEWED.iso}>{REVIEWED.text}</time>.
        </p>
      </footer>
    </div>
  );
}
