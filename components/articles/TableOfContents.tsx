import type { Heading } from '@/lib/content/mdx-checks';

/** "Op deze pagina": the h2 sections (with their h3s) as links, so a reader can jump to the part they need. */
export function TableOfContents({ headings }: { headings: Heading[] }) {
  const sections = headings.filter((h) => h.depth === 2);
  if (sections.length < 2) return null;
  return (
    <nav aria-labelledby="op-deze-pagina" className="no-print mb-8 max-w-measure border-l-4 border-brand pl-4">
      <h2 id="op-deze-pagina" className="text-xl font-bold">
        Op deze pagina
      </h2>
      <ol className="mt-2 space-y-1">
        {sections.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`} className="text-brand underline underline-offset-2">
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
