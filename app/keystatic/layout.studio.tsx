import type { ReactNode } from 'react';
import { StudioApp } from '@/components/studio/StudioApp';
import { readStudioData } from '@/lib/studio/data';

export const dynamic = 'force-dynamic';

// The site's root layout stays around this page (one root layout for the whole app); the studio covers it.
export default function StudioLayout({ children }: { children: ReactNode }) {
  return (
    <div className="fixed inset-0 z-50 overflow-auto bg-white">
      <StudioApp data={readStudioData()} />
      {children}
      <a href="/studio" className="fixed right-4 bottom-4 z-50 rounded bg-blue-800 px-3 py-2 text-white underline">
        Controle van de inhoud
      </a>
    </div>
  );
}
