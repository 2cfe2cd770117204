import type { Metadata } from 'next';
import { Island } from '@/components/islands/Island';
import { CalciumCalculator } from '@/components/calculators/CalciumCalculator';
import { MAX_DOSE_AT_ONCE_MG, UPPER_LIMIT_MG } from '@/lib/calcium/calculate';
import { CALCIUM_REVIEWED, CALCIUM_SOURCES, sourcesInOneLine } from '@/lib/calcium/sources';
import { OSTEOPOROSIS_DAIRY_PORTIONS, TARGET_BANDS } from '@/lib/calcium/targets';
import { formatMg } from '@/lib/calcium/phrases';
import { OSTEOPOROSIS_RANGE_TEXT } from '@/lib/calcium/text';
import { formatDate } from '@/lib/format/date';

export const metadata: Metadata = {
  title: 'Calciumcalculator',
  description:
    'Tel hoeveel calcium u op een gewone dag binnenkrijgt, zie hoeveel u nodig heeft en hoe u een tekort aanvult. Alles blijft op uw eigen apparaat.',
  alternates: { canonical: '/hulpmiddelen/calcium' },
};

export default function CalciumPage() {
  return (
    <div className="text-lg">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Calciumcalculator</h1>
      <div className="mt-4 max-w-[48rem] space-y-3 print:hidden">
        <p>
          Calcium is nodig voor sterke botten. Hoeveel krijgt u op een gewone dag binnen? Vul uw leeftijd in en wat u
          eet en drinkt. U ziet meteen hoeveel calcium dat is, hoeveel u nodig heeft en hoe u een tekort kunt aanvullen.
        </p>
        <p>Alles wordt op uw eigen apparaat uitgerekend. Er wordt niets verstuurd of bewaard.</p>
        <noscript>
          <p className="font-semibold">
            De rekenhulp werkt alleen als JavaScript aan staat. Hieronder leest u wel hoeveel calcium u nodig heeft.
          </p>
        </noscript>
      </div>

      <Island name="calcium" props={{}}>
        <CalciumCalculator />
      </Island>

      <section aria-labelledby="hoeveel-nodig" className="mt-10 max-w-[48rem] print:hidden">
        <h2 id="hoeveel-nodig" className="text-2xl font-bold">
          Hoeveel calcium heeft u nodig?
        </h2>
        <p className="mt-2">
          Hoeveel calcium u per dag nodig heeft, hangt af van uw leeftijd en of u een man of een vrouw bent. Dit zijn de
          adviezen van de Gezondheidsraad voor volwassenen, in milligram (mg) per dag:
        </p>
        {/* With the largest text on a 320 px screen the table scrolls inside its own region, not the page. */}
        <div
          role="region"
          aria-label="Adviezen per leeftijd (schuif opzij om alles te zien)"
          tabIndex={0}
          className="mt-4 overflow-x-auto"
        >
          <table className="w-full border-collapse text-left text-base sm:text-lg">
            <caption className="sr-only">
              Aanbevolen hoeveelheid calcium per dag voor volwassenen, in mg per dag
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-3">
                  Leeftijd
                </th>
                <th scope="col" className="py-2 pr-3">
                  Vrouwen
                </th>
                <th scope="col" className="py-2">
                  Mannen
                </th>
              </tr>
            </thead>
            <tbody>
              {TARGET_BANDS.map((band) => (
                <tr key={band.label} className="border-b border-line">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {band.label}
                  </th>
                  <td className="py-2 pr-3">{formatMg(band.womenMg)}</td>
                  <td className="py-2">{formatMg(band.menMg)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul className="mt-4 list-disc space-y-2 pl-6">
          <li>
            Heeft u osteoporose of gebruikt u medicijnen tegen osteoporose? Dan wordt meestal {OSTEOPOROSIS_RANGE_TEXT}{' '}
            calcium per dag aangeraden. Dat zijn ongeveer {OSTEOPOROSIS_DAIRY_PORTIONS} porties zuivel.
          </li>
          <li>
            Neem niet meer dan {formatMg(UPPER_LIMIT_MG)} calcium per dag, uit eten en supplementen samen. Dat is de
            veilige bovengrens voor volwassenen.
          </li>
          <li>
            Gebruikt u een calciumtablet? Uw lichaam neemt calcium beter op als u niet meer dan ongeveer{' '}
            {formatMg(MAX_DOSE_AT_ONCE_MG)} per keer neemt. Dit is een tip, geen officiële norm.
          </li>
          <li>
            De hoeveelheid calcium per portie komt uit de Nederlandse voedingsmiddelentabel (NEVO). Bij elk product
            staat hoe groot een portie is. Uw eigen glas of plak kan groter of kleiner zijn.
          </li>
          <li>Begin niet zelf met supplementen. Overleg eerst met uw huisarts of apotheker.</li>
        </ul>
      </section>

      <footer className="mt-8 max-w-[48rem] text-base text-muted print:mt-3 print:text-sm print:text-ink">
        <h2 className="font-semibold text-ink print:inline">Bronnen</h2>
        <p className="hidden print:inline">: {sourcesInOneLine()}.</p>
        <ul className="mt-1 list-disc space-y-1 pl-6 print:hidden">
          {CALCIUM_SOURCES.map((source) => (
            <li key={source.title}>
              {source.url ? (
                <a href={source.url} className="text-brand underline">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
              , {source.publisher}
              {source.year ? ` (${source.year})` : ''}
            </li>
          ))}
        </ul>
        <p className="mt-2 print:ml-1 print:mt-0 print:inline">
          Laatst gecontroleerd: <time dateTime={CALCIUM_REVIEWED}>{formatDate(CALCIUM_REVIEWED)}</time>.
        </p>
      </footer>
    </div>
  );
}
