import type { Metadata } from 'next';
import Link from 'next/link';
import { getBibliography } from '@/lib/content/bibliography';

export const metadata: Metadata = {
  title: 'Over Botwijzer',
  description:
    'Wie Botwijzer maakt, hoe de artikelen worden geschreven en gecontroleerd, en wat u wel en niet van deze site kunt verwachten.',
  alternates: { canonical: '/over' },
};

export default function AboutPage() {
  const groundwork = [...getBibliography().values()].filter((source) => source.kind === 'source-material');
  return (
    <div className="prose prose-lg max-w-measure prose-a:text-brand">
      <h1>Over Botwijzer</h1>
      <p>
        Botwijzer is een Nederlandse website over osteoporose (botontkalking). De site is bedoeld voor mensen met
        osteoporose of een grotere kans daarop, voor hun naasten, en voor huisartsen, fysiotherapeuten en
        verpleegkundigen die hun patiënten goede uitleg willen meegeven.
      </p>

      <h2 id="wie-maakt-botwijzer">Wie maakt Botwijzer?</h2>
      <p>
        Botwijzer wordt gemaakt door een klein team van webontwikkelaars en schrijvers van patiënteninformatie. De site
        is onafhankelijk. Er staan geen advertenties op en niemand betaalt voor een vermelding.
      </p>

      <h2 id="hoe-schrijven-wij">Hoe schrijven en controleren wij de artikelen?</h2>
      <ul>
        <li>Wij schrijven in gewone taal (taalniveau B1), met korte zinnen. Moeilijke woorden leggen we uit.</li>
        <li>
          Elk medisch feit controleren wij in een gezaghebbende bron: Nederlandse richtlijnen (zoals de NHG-Standaard
          Fractuurpreventie), de Gezondheidsraad, het RIVM, het Voedingscentrum, het Farmacotherapeutisch Kompas en
          patiënteninformatie van ziekenhuizen. Wat wij niet in zo&apos;n bron konden vinden, hebben we weggelaten.
        </li>
        <li>Onder elk artikel staan die bronnen en de datum waarop de inhoud voor het laatst is gecontroleerd.</li>
        <li>Een test controleert bij elke wijziging of de artikelen goed leesbaar blijven.</li>
      </ul>

      <h2 id="waar-onze-teksten-op-gebaseerd-zijn">Waar zijn onze teksten op gebaseerd?</h2>
      <p>
        De eerste versie van de artikelen is gebaseerd op {groundwork.length} bestaande teksten over osteoporose:
        folders, informatiepagina&apos;s en een blog. Wij hebben de feiten daaruit gecontroleerd in de bronnen onder elk
        artikel en alles in eigen woorden opnieuw geschreven. Deze teksten noemen wij hier, en niet als medische bron:
      </p>
      <ul>
        {groundwork.map((source) => (
          <li key={source.id}>
            {source.title}. {source.publisher}.
          </li>
        ))}
      </ul>

      <h2 id="privacy">Wat gebeurt er met wat ik invul?</h2>
      <p>
        Niets verlaat uw apparaat. De hulpmiddelen rekenen alles uit in uw eigen browser. Wat u invult, wordt niet naar
        ons of naar iemand anders gestuurd en niet opgeslagen op een server. Deelt u een link met uw waarden, dan staan
        die waarden alleen in de link zelf. Botwijzer gebruikt geen cookies, geen trackers en geen diensten van andere
        bedrijven.
      </p>

      <h2 id="disclaimer">Disclaimer</h2>
      <p>
        De informatie op Botwijzer is algemeen. Zij is met zorg samengesteld, maar is geen persoonlijk medisch advies en
        vervangt geen gesprek met uw huisarts, specialist, fysiotherapeut of apotheker. Uw eigen situatie kan anders
        zijn dan wat hier staat.
      </p>
      <p>
        De hulpmiddelen stellen geen diagnose. Zij leggen uit wat een getal betekent. Of u behandeling nodig heeft,
        hangt af van meer dan één getal: uw arts kijkt naar uw hele situatie en uw kans op een botbreuk.
      </p>
      <p>
        Stop nooit zelf met een medicijn en begin niet zelf met supplementen in hoge doses. Overleg eerst met uw
        huisarts of apotheker. Heeft u plotseling veel pijn, bent u gevallen of denkt u dat u iets heeft gebroken? Neem
        dan direct contact op met uw huisarts of de huisartsenpost. Bel bij levensgevaar 112.
      </p>
      <p>
        Wij doen ons best om alles juist en actueel te houden. Toch kan informatie verouderen. Botwijzer is niet
        aansprakelijk voor beslissingen die u neemt op basis van deze site.
      </p>

      <h2 id="verder-lezen">Waar begin ik?</h2>
      <p>
        Lees eerst <Link href="/artikelen/wat-is-osteoporose">Wat is osteoporose?</Link> of bekijk{' '}
        <Link href="/artikelen">alle artikelen</Link>.
      </p>
    </div>
  );
}
