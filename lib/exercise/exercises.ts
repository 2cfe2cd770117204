// The eight exercises of the article "Welke oefeningen zijn goed voor uw botten?" (bewegen-en-oefeningen), once.
// The article renders them from here (components/exercise) and the plan (/hulpmiddelen/oefenschema) picks from
// here, so the two cannot disagree. Doses are the article's practical advice, not numbers of a guideline: the only
// guideline numbers on exercise are in BEWEEGRICHTLIJNEN (medical-facts.md §6.2).
import * as z from 'zod/mini';
import { avoidPairSchema, exerciseSchema, type AvoidPair, type Exercise } from './schema';

const picture = (id: string, alt: string) => ({ src: `/afbeeldingen/oefeningen/${id}.svg`, alt });

const EXERCISE_DATA = [
  {
    id: 'opdrukken-tegen-de-muur',
    number: 1,
    name: 'Opdrukken tegen de muur',
    level: 'beginner',
    steps: [
      'Ga met uw gezicht naar een muur staan.',
      'Zet uw handen tegen de muur, op de hoogte van uw schouders.',
      'Buig uw armen. Uw gezicht komt nu dichter bij de muur.',
      'Duw uzelf terug, tot uw armen weer gestrekt zijn.',
    ],
    dose: { unit: 'herhalingen', min: 10, max: 15, text: 'Doe dit 10 tot 15 keer.' },
    loads: 'Deze oefening belast uw armen, polsen en schouders. Bij osteoporose breekt vaak de pols.',
    picture: picture(
      'opdrukken-tegen-de-muur',
      'Begin: iemand staat schuin voor een muur, met gestrekte armen en de handen op schouderhoogte tegen de muur. Eind: de armen zijn gebogen en het lichaam is dichter bij de muur, de voeten staan op dezelfde plek.',
    ),
  },
  {
    id: 'zitten-en-opstaan',
    number: 2,
    name: 'Zitten en opstaan',
    level: 'beginner',
    steps: [
      'Ga voor een stevige stoel staan, met uw rug naar de stoel.',
      'Ga rustig en beheerst zitten.',
      'Sta weer op.',
    ],
    dose: { unit: 'herhalingen', min: 10, max: 15, text: 'Doe dit 10 tot 15 keer.' },
    loads: 'Dit belast uw heupen, bovenbenen en wervelkolom.',
    picture: picture(
      'zitten-en-opstaan',
      'Begin: iemand staat rechtop voor een stoel, met de rug naar de stoel. Eind: dezelfde persoon zit op de stoel, met de voeten plat op de grond en de handen op de bovenbenen. Daarna staat hij weer op.',
    ),
  },
  {
    id: 'op-de-tenen-staan',
    number: 3,
    name: 'Op de tenen staan',
    level: 'beginner',
    steps: [
      'Ga rechtop staan. Houd u met één hand vast, bijvoorbeeld aan het aanrecht.',
      'Kom langzaam omhoog op uw tenen.',
      'Blijf 2 seconden zo staan.',
      'Zak weer rustig terug op uw hele voet.',
    ],
    dose: { unit: 'herhalingen', min: 15, max: 15, text: 'Doe dit 15 keer.' },
    loads: 'Dit belast uw enkels en onderbenen.',
    picture: picture(
      'op-de-tenen-staan',
      'Begin: iemand staat rechtop naast het aanrecht, met één hand op het aanrecht en de voeten plat op de grond. Eind: dezelfde persoon staat op de tenen, met de hielen van de grond.',
    ),
  },
  {
    id: 'plank-op-handen-en-knieen',
    number: 4,
    name: 'Plank op handen en knieën',
    level: 'beginner',
    steps: [
      'Steun op uw handen en knieën. Het mag ook op uw onderarmen en knieën.',
      'Maak uw rug recht, als een tafelblad.',
      'Houd deze houding 20 tot 30 seconden vast.',
      'Maak de tijd in de loop van de weken langer, tot 60 seconden.',
    ],
    dose: {
      unit: 'seconden',
      min: 20,
      max: 30,
      text: 'Houd de houding 20 tot 30 seconden vast. Maak de tijd in de loop van de weken langer, tot 60 seconden.',
    },
    loads: 'Dit belast uw polsen, armen en wervelkolom.',
    cautions: [
      'Kunt u moeilijk op de grond komen of weer opstaan? Vraag uw fysiotherapeut dan om een andere oefening.',
    ],
    picture: picture(
      'plank-op-handen-en-knieen',
      'Begin: iemand zit op handen en knieën op de grond, de handen onder de schouders en de knieën onder de heupen. Eind: de rug is recht als een tafelblad en de persoon houdt die houding vast; een klokje staat voor de tijd.',
    ),
  },
  {
    id: 'kniebuiging-met-gewicht',
    number: 5,
    name: 'Kniebuiging met gewicht',
    level: 'gevorderd',
    steps: [
      'Houd een gewicht met twee handen voor uw borst.',
      'Buig uw knieën, alsof u gaat zitten. Ga niet dieper dan een hoek van 90 graden. Minder diep mag ook, als dat prettiger voelt.',
      'Kom weer omhoog tot u rechtop staat.',
    ],
    dose: { unit: 'herhalingen', min: 10, max: 12, text: 'Doe dit 10 tot 12 keer.' },
    loads: 'Dit belast uw heupen en wervelkolom zwaarder dan oefening 2.',
    picture: picture(
      'kniebuiging-met-gewicht',
      'Begin: iemand staat rechtop en houdt met twee handen een gewicht voor de borst. Eind: de knieën zijn gebogen alsof de persoon gaat zitten, de rug blijft recht en het gewicht blijft voor de borst.',
    ),
  },
  {
    id: 'gewicht-optillen-met-rechte-rug',
    number: 6,
    name: 'Gewicht optillen met rechte rug',
    level: 'gevorderd',
    steps: [
      'Ga staan met een gewicht voor u.',
      'Buig voorover vanuit uw heupen. Houd uw rug daarbij recht.',
      'Pak het gewicht vast en kom rustig omhoog.',
      'Zet het gewicht op dezelfde manier weer neer.',
    ],
    dose: { unit: 'herhalingen', min: 8, max: 10, text: 'Doe dit 8 tot 10 keer.' },
    loads: 'Deze oefening belast bijna uw hele skelet.',
    cautions: [
      'Draai niet met uw romp.',
      'Doe deze oefening alleen als uw fysiotherapeut zegt dat het voor u veilig is.',
    ],
    picture: picture(
      'gewicht-optillen-met-rechte-rug',
      'Begin: iemand buigt voorover vanuit de heupen, met een rechte rug en licht gebogen knieën, en pakt een gewicht op de grond vast. Eind: de persoon staat rechtop en houdt het gewicht met gestrekte armen voor de bovenbenen.',
    ),
  },
  {
    id: 'gewichten-boven-uw-hoofd-duwen',
    number: 7,
    name: 'Gewichten boven uw hoofd duwen',
    level: 'gevorderd',
    steps: [
      'Houd in elke hand een gewicht op de hoogte van uw schouders.',
      'Duw de gewichten omhoog, tot boven uw hoofd.',
      'Laat ze rustig zakken, terug naar uw schouders.',
    ],
    dose: { unit: 'herhalingen', min: 10, max: 12, text: 'Doe dit 10 tot 12 keer.' },
    loads: 'Zo krijgen uw schouders, armen en wervelkolom werk.',
    picture: picture(
      'gewichten-boven-uw-hoofd-duwen',
      'Begin: iemand staat rechtop met in elke hand een gewicht op schouderhoogte, de ellebogen gebogen. Eind: de armen zijn gestrekt en de gewichten zijn boven het hoofd.',
    ),
  },
  {
    id: 'op-de-plaats-stampen',
    number: 8,
    name: 'Op de plaats stampen',
    level: 'gevorderd',
    steps: [
      'Ga rechtop staan. Houd u zo nodig vast aan iets stevigs.',
      'Zet één voet met een stevige stamp neer.',
      'Stamp daarna met de andere voet.',
    ],
    dose: { unit: 'herhalingen', min: 20, max: 20, per: 'per voet', text: 'Doe dit 20 keer per voet.' },
    loads: 'Het korte schokje is een signaal voor uw bot om sterker te worden.',
    cautions: ['Heeft u osteoporose? Bespreek deze oefening dan eerst met uw arts of fysiotherapeut.'],
    picture: picture(
      'op-de-plaats-stampen',
      'Begin: iemand staat rechtop, houdt zich vast aan de rugleuning van een stoel en tilt één knie op. Eind: die voet komt met een stevige stamp op de grond; streepjes bij de voet laten de schok zien.',
    ),
  },
] satisfies z.input<typeof exerciseSchema>[];

// "Zo niet / zo wel": the article's "Wat kunt u beter vermijden" and exercise 6 (bend from the hips, back straight,
// do not twist). The safer ways follow Giangregorio et al., Too Fit To Fracture, Osteoporos Int 2014, table 5
// (https://pmc.ncbi.nlm.nih.gov/articles/PMC5101068/table/T5): bend with knees and hips, not the spine; hold the
// load close to the body; step to turn.
const AVOID_DATA = [
  {
    id: 'bukken-en-draaien',
    title: 'Bukken en draaien',
    dont: 'Buig niet voorover terwijl u tegelijk uw rug draait.',
    doInstead:
      'Draai eerst met kleine stapjes uw hele lichaam naar wat u wilt pakken. Buig dan door uw knieën en heupen, met een rechte rug.',
    picture: picture(
      'bukken-en-draaien',
      'Zo niet: iemand blijft met de voeten naar voren staan, buigt voorover en draait de rug opzij naar een tas op de grond. Zo wel: de persoon heeft zich met de voeten naar de tas gedraaid en zakt door de knieën, met een rechte rug.',
    ),
  },
  {
    id: 'tillen-met-ronde-rug',
    title: 'Tillen',
    dont: 'Til niet met een ronde rug en gestrekte benen.',
    doInstead: 'Buig door uw knieën en heupen en houd uw rug recht. Houd wat u tilt dicht bij uw lichaam.',
    picture: picture(
      'tillen-met-ronde-rug',
      'Zo niet: iemand tilt een doos van de grond met gestrekte benen en een ronde, gebogen rug. Zo wel: de persoon zit door de knieën, houdt de rug recht en de doos dicht bij het lichaam.',
    ),
  },
] satisfies z.input<typeof avoidPairSchema>[];

function parseAll<T>(schema: z.ZodMiniType<T>, items: unknown[], what: string): T[] {
  return items.map((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) return parsed.data;
    throw new Error(`${what} ${index + 1} klopt niet:\n${z.prettifyError(parsed.error)}`);
  });
}

export const EXERCISES: readonly Exercise[] = parseAll(exerciseSchema, EXERCISE_DATA, 'Oefening');
export const AVOID_PAIRS: readonly AvoidPair[] = parseAll(avoidPairSchema, AVOID_DATA, 'Zo niet / zo wel');

const BY_ID = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));

export function findExercise(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

export function exercisesAt(level: Exercise['level']): Exercise[] {
  return EXERCISES.filter((exercise) => exercise.level === level);
}

export function findAvoidPair(id: string): AvoidPair | undefined {
  return AVOID_PAIRS.find((pair) => pair.id === id);
}
