import type { Metadata } from 'next';
import Link from 'next/link';
import { ExercisePlan } from '@/components/exercise/ExercisePlan';
import { PlanSafety } from '@/components/exercise/PlanSafety';
import { Island } from '@/components/islands/Island';
import { EXERCISES } from '@/lib/exercise/exercises';
import { pictureMarkup } from '@/lib/exercise/picture-markup';

export const metadata: Metadata = {
  title: 'Oefenschema',
  description:
    'Kies oefeningen voor sterke botten, stel in hoe vaak en hoeveel, en print een schema om af te vinken. Alles blijft op uw eigen apparaat.',
  alternates: { canonical: '/hulpmiddelen/oefenschema' },
};

const PICTURES = Object.fromEntries(EXERCISES.map((exercise) => [exercise.id, pictureMarkup(exercise.picture.src)]));

export default function ExercisePlanPage() {
  return (
    <div className="max-w-[52rem] text-lg">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl print:text-2xl">Oefenschema</h1>
      <div className="no-print mt-4 space-y-3">
        <p>
          Maak hier een schema met oefeningen voor uw botten. Kies de oefeningen, stel in hoe vaak u ze doet en print
          het schema. Op papier staat bij elke oefening een plaatje, de stappen en een tabel om af te vinken.
        </p>
        <p>
          De oefeningen komen uit het artikel{' '}
          <Link href="/artikelen/bewegen-en-oefeningen" className="text-brand underline">
            Welke oefeningen zijn goed voor uw botten?
          </Link>
          . Daar leest u ook waarom ze helpen.
        </p>
        <noscript>
          <p className="font-semibold">
            Het schema maken werkt alleen als JavaScript aan staat. Alle oefeningen staan hieronder. Met uitleg en
            plaatjes staan ze ook in het artikel, dat u kunt printen.
          </p>
        </noscript>
      </div>

      <PlanSafety />

      <Island name="exercise-plan" props={{ pictures: PICTURES }}>
        <ExercisePlan pictures={PICTURES} />
      </Island>
    </div>
  );
}
