import type { Metadata } from 'next';
import { Island } from '@/components/islands/Island';
import { TScoreBandTable } from '@/components/calculators/TScoreBandTable';
import { TScoreTool } from '@/components/calculators/TScoreTool';
import type { CategoryId } from '@/lib/tscore/classify';
import { GROUP_TEXT, Z_INTRO } from '@/lib/tscore/text';

export const metadata: Metadata = {
  title: 'T-score uitleg',
  description:
    'Vul de T-score van uw botdichtheidsmeting (DEXA-scan) in en lees in gewone woorden wat die betekent. Alles blijft op uw eigen apparaat.',
  alternates: { canonical: '/hulpmiddelen/t-score' },
};

const T_ROWS: CategoryId[] = ['normaal', 'osteopenie', 'osteoporose', 'ernstige-osteoporose'];
const Z_ROWS: CategoryId[] = ['binnen-verwachting', 'lager-dan-verwacht'];
const REVIEWED = { iso: '2026-11-22', text: '22 november 2026' };

export default function TScorePage() {
  return (
    // group/page: once a result is on screen, printing skips the intro, the tables and the note (the result says
    // the same), so the heading, the result and the sources fit on one page.
    <div className="group/page max-w-[48rem] text-lg">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl print:text-2xl">Wat betekent mijn T-score?</h1>
      <p className="mt-4 print:group-has-[[data-tscore-result]]/page:hidden">
        Na een botdichtheidsmeting (DEXA-scan) krijgt u een uitslag met één of meer T-scores. Vul ze hieronder in. U
        leest dan in gewone woorden wat de score betekent en wat u kunt doen. Wat u invult, blijft op uw eigen apparaat.
      </p>

      <Island name="tscore" props={{}}>
        <TScoreTool />
      </Island>

      <section aria-labelledby="groepen" className="mt-10 print:group-has-[[data-tscore-result]]/page:hidden">
        <h2 id="groepen" className="text-2xl font-bold">
          Welke groepen zijn er?
        </h2>
        <p className="mt-2">Artsen delen de T-score in groepen in. Dit geldt voor: {GROUP_TEXT.t.toLowerCase()}.</p>
        <TScoreBandTable caption="De T-score en de groepen" scoreName="T-score" rows={T_ROWS} />

        <h2 id="z-score" className="mt-10 text-2xl font-bold">
          En de Z-score?
        </h2>
        <p className="mt-2">
          {Z_INTRO} Met alleen een Z-score zegt een arts niet dat u osteoporose heeft. Dit geldt voor:{' '}
          {GROUP_TEXT.z.toLowerCase()}.
        </p>
        <TScoreBandTable caption="De Z-score en de groepen" scoreName="Z-score" rows={Z_ROWS} />
      </section>

      <aside
        aria-labelledby="geen-diagnose"
        className="mt-10 rounded-xl border-2 border-ink bg-brand-light p-4 print:bg-white print:group-has-[[data-tscore-result]]/page:hidden"
      >
        <h2 id="geen-diagnose" className="text-xl font-bold">
          Dit hulpmiddel stelt geen diagnose
        </h2>
        <p className="mt-2">
          Het legt alleen uit wat een score betekent. Of u een behandeling nodig heeft, hangt af van uw kans op een
          botbreuk, niet alleen van de T-score. Bespreek uw uitslag daarom altijd met uw huisarts.
        </p>
      </aside>

      <footer className="mt-8 text-base text-muted print:mt-4 print:text-sm print:text-ink">
        <p>
          Bronnen: indeling van de Wereldgezondheidsorganisatie (WHO, 1994); Z-score: International Society for Clinical
          Densitometry (ISCD, 2005); behandeling: NHG-Standaard Fractuurpreventie (NHG, 2024). Laatst gecontroleerd:{' '}
          <time dateTime={REVIEWED.iso}>{REVIEWED.text}</time>.
        </p>
      </footer>
    </div>
  );
}
