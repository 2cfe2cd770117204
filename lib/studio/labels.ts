import type { MdxComponentName } from '../content/mdx-rules';
import type { ArticleFrontmatter, GlossaryEntry, Source } from '../content/schema';
import { articleField, glossaryField } from './schema-facts';

/** The Dutch label and help text an editor sees for a field. Keyed by the schema's own field names. */
export type FieldText = { label: string; help: string };

const title = articleField('title');
const description = articleField('description');
const summary = articleField('summary');

/** One entry per frontmatter field: a field added to the zod schema fails the type check until it has a label. */
export const ARTICLE_FIELD_TEXT: Record<keyof ArticleFrontmatter, FieldText> = {
  title: {
    label: 'Titel',
    help: `De kop van de pagina, ${title.minLength}–${title.maxLength} tekens. Schrijf de vraag die een patiënt stelt. De titel maakt ook het webadres; verander dat nooit bij een gepubliceerd artikel.`,
  },
  description: {
    label: 'Omschrijving',
    help: `Eén of twee zinnen voor zoekmachines en linkvoorbeelden, ${description.minLength}–${description.maxLength} tekens.`,
  },
  summary: {
    label: 'In het kort',
    help: `${summary.minItems} tot ${summary.maxItems} kernpunten, elk één korte zin. Ze staan bovenaan het artikel.`,
  },
  topic: { label: 'Onderwerp', help: 'Bepaalt onder welk kopje het artikel in het overzicht staat.' },
  order: {
    label: 'Volgorde',
    help: `Plaats in de hele bibliotheek (${articleField('order').minimum} = eerste). Elk artikel heeft een eigen nummer; het bepaalt ook "vorige" en "volgende".`,
  },
  updated: { label: 'Laatst gewijzigd', help: 'De datum van de laatste wijziging aan de tekst.' },
  reviewed: {
    label: 'Laatst medisch gecontroleerd',
    help: 'De datum waarop een zorgverlener de medische inhoud heeft nagekeken. Patiënten zien: "Laatst gecontroleerd op". Controleer elk artikel minstens één keer per jaar.',
  },
  sources: {
    label: 'Bronnen',
    help: 'Kies minstens één bron uit de bronnenlijst. Staat de bron er niet bij? Voeg hem eerst toe onder "Bronnen".',
  },
  draft: {
    label: 'Concept',
    help: 'Een concept is te zien met npm run studio en npm run dev, maar niet op de echte site.',
  },
};

export const GLOSSARY_FIELD_TEXT: Record<keyof GlossaryEntry, FieldText> = {
  id: {
    label: 'Id',
    help: 'Kleine letters, cijfers en streepjes, bijvoorbeeld t-score. Het anker op /woordenlijst en de id in een woordenlijst-woord in een artikel.',
  },
  term: { label: 'Woord', help: 'Het woord zoals een patiënt het ziet.' },
  definition: {
    label: 'Uitleg',
    help: `Eén tot drie gewone zinnen, minstens ${glossaryField('definition').minLength} tekens.`,
  },
  article: { label: 'Artikel', help: 'Optioneel: het artikel dat er meer over vertelt.' },
};

export const SOURCE_FIELD_TEXT: Record<keyof Source, FieldText> = {
  id: {
    label: 'Id',
    help: 'Kleine letters, cijfers en streepjes, bijvoorbeeld nhg-fractuurpreventie. Zo kiezen artikelen deze bron.',
  },
  title: { label: 'Titel', help: 'De titel van het document of de webpagina, zoals de bron die geeft.' },
  publisher: { label: 'Uitgever', help: 'De organisatie die het uitgaf, geen persoon.' },
  year: {
    label: 'Jaar',
    help: 'Het jaar van uitgave of van de gebruikte versie. Leeg als de bron geen jaar noemt (dan staat er "z.j.").',
  },
  url: { label: 'Webadres', help: 'Optioneel: het adres waar u de bron las, beginnend met https://.' },
  kind: {
    label: 'Soort',
    help: 'Bepaalt of patiënten de bron onder "Bronnen" zien; bronmateriaal staat alleen op /over.',
  },
};

/** The components editors may put in an article body, as the studio's toolbar names them. */
export const COMPONENT_TEXT: Record<MdxComponentName, FieldText> = {
  Callout: { label: 'Kader', help: 'Een kader met een tip, iets om op te letten of een waarschuwing.' },
  Term: { label: 'Woord uit de woordenlijst', help: 'De lezer kan de uitleg openen op de plek van het woord.' },
  Figure: {
    label: 'Afbeelding',
    help: 'Een afbeelding uit public/afbeeldingen/. Beschrijf in de alt-tekst wat erop te zien is.',
  },
  TScoreTool: { label: 'T-score uitleg (hulpmiddel)', help: 'Het hulpmiddel T-score uitleg, midden in het artikel.' },
  CalciumCalculator: { label: 'Calciumcalculator (hulpmiddel)', help: 'De calciumcalculator, midden in het artikel.' },
  Oefeningen: {
    label: 'Oefeningen van één niveau',
    help: 'De oefeningen van een niveau, elk met plaatje, stappen en hoe vaak. Ze komen uit lib/exercise/exercises.ts.',
  },
  ZoNietZoWel: {
    label: 'Zo niet, zo wel',
    help: 'Een beweging om te vermijden naast de veilige manier, als plaatje en in woorden.',
  },
  FallRiskCheck: {
    label: 'Valrisico (hulpmiddel)',
    help: 'Het hulpmiddel over de kans op vallen, midden in het artikel.',
  },
  FractureRiskCheck: {
    label: 'Botbreukrisico (hulpmiddel)',
    help: 'Het hulpmiddel over de kans op een botbreuk, midden in het artikel.',
  },
};

export const CALLOUT_TYPE_LABELS = { tip: 'Tip', 'let-op': 'Let op', waarschuwing: 'Waarschuwing' } as const;
