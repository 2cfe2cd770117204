import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Pagina niet gevonden', robots: { index: false } };

export default function NotFound() {
  return (
    <div className="max-w-measure">
      <h1 className="text-3xl font-bold sm:text-4xl">Deze pagina bestaat niet</h1>
      <p className="mt-4 text-xl">
        Misschien is de link niet helemaal goed overgenomen, of is de pagina verplaatst. Controleer het adres, of ga
        verder via een van deze pagina&apos;s:
      </p>
      <ul className="mt-4 list-disc space-y-2 pl-6 text-lg">
        <li>
          <Link href="/" className="text-brand underline">
            De startpagina van Botwijzer
          </Link>
        </li>
        <li>
          <Link href="/artikelen" className="text-brand underline">
            Alle artikelen over osteoporose
          </Link>
        </li>
        <li>
          <Link href="/hulpmiddelen/t-score" className="text-brand underline">
            Uitleg bij uw T-score
          </Link>
        </li>
        <li>
          <Link href="/hulpmiddelen/calcium" className="text-brand underline">
            De calciumcalculator
          </Link>
        </li>
      </ul>
    </div>
  );
}
