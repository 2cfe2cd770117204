import type { Metadata } from 'next';
import { ToolCards } from '@/components/tools/ToolCards';

export const metadata: Metadata = {
  title: 'Hulpmiddelen',
  description:
    'Hulpmiddelen van Botwijzer: lees wat uw uitslag betekent en reken uit of u genoeg binnenkrijgt. Alles blijft op uw apparaat.',
  alternates: { canonical: '/hulpmiddelen' },
};

export default function ToolsIndexPage() {
  return (
    <>
      <h1 className="text-3xl font-bold sm:text-4xl">Hulpmiddelen</h1>
      <p className="mt-3 max-w-measure text-xl">
        Deze hulpmiddelen leggen uit wat uw getallen betekenen en wat u kunt doen. Ze stellen geen diagnose: bespreek uw
        uitslag altijd met uw huisarts. Wat u invult, blijft op uw eigen apparaat.
      </p>
      <ToolCards />
    </>
  );
}
