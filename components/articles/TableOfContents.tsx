import { Island } from '@/components/islands/Island';
import type { Heading } from '@/lib/content/mdx-checks';
import { TableOfContentsList } from './TableOfContentsList';

/**
 * "Op deze pagina": the h2 sections as links, so a reader can jump to the part they need. On a phone it sits above
 * the text; from 1024 px it is a column beside the text that stays in view (the article page's grid places it) and
 * marks the section being read. Without JavaScript it is the same list, without the mark.
 */
export function TableOfContents({ headings }: { headings: Heading[] }) {
  const sections = headings.filter((h) => h.depth === 2).map(({ id, text }) => ({ id, text }));
  if (sections.length < 2) return null;
  return (
    <nav
      aria-labelledby="op-deze-pagina"
      className="no-print mb-8 max-w-measure border-l-4 border-brand pl-4 lg:sticky lg:top-4 lg:mb-0 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:py-1"
    >
      <h2 id="op-deze-pagina" className="text-xl font-bold">
        Op deze pagina
      </h2>
      <Island name="toc" props={{ sections }}>
        <TableOfContentsList sections={sections} />
      </Island>
    </nav>
  );
}
