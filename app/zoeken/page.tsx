import type { Metadata } from 'next';
import { Island } from '@/components/islands/Island';
import { SearchPanel } from '@/components/search/SearchPanel';

export const metadata: Metadata = {
  title: 'Zoeken',
  description: 'Zoek in alle artikelen, de woordenlijst en de hulpmiddelen van Botwijzer.',
  alternates: { canonical: '/zoeken' },
};

export default function SearchPage() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold sm:text-4xl">Zoeken</h1>
      <p className="mt-3 text-xl">Zoek in alle artikelen, de woordenlijst en de hulpmiddelen.</p>
      {/* The query lives in the address, which is only known in the browser: the form alone until then. */}
      <Island name="search" props={{}}>
        <SearchPanel />
      </Island>
      <noscript>
        <p className="mt-6 font-semibold">
          Zoeken werkt alleen als JavaScript aan staat. U kunt wel alle artikelen en de woordenlijst bekijken via het
          menu.
        </p>
      </noscript>
    </div>
  );
}
