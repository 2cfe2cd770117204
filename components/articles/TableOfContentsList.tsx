'use client';

import { useEffect, useState } from 'react';

type Section = { id: string; text: string };

/** A section counts as being read once its heading has passed this share of the window's height. */
const READING_LINE = 0.3;

/** The section whose heading last passed the reading line, or null above the first one. */
function currentSection(sections: readonly Section[]): string | null {
  const line = window.innerHeight * READING_LINE;
  let current: string | null = null;
  for (const section of sections) {
    const heading = document.getElementById(section.id);
    if (heading && heading.getBoundingClientRect().top <= line) current = section.id;
  }
  return current;
}

/** The links of "Op deze pagina"; the one for the section on screen gets aria-current, updated while scrolling. */
export function TableOfContentsList({ sections }: { sections: Section[] }) {
  const [current, setCurrent] = useState<string | null>(null);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setCurrent(currentSection(sections)));
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [sections]);

  return (
    <ol className="mt-2 space-y-1">
      {sections.map((section) => (
        <li key={section.id}>
          <a
            href={`#${section.id}`}
            aria-current={current === section.id ? 'location' : undefined}
            className="-ml-5 block border-l-4 border-transparent py-0.5 pl-4 text-brand underline underline-offset-2 aria-[current]:border-ink aria-[current]:font-bold aria-[current]:text-ink aria-[current]:no-underline"
          >
            {section.text}
          </a>
        </li>
      ))}
    </ol>
  );
}
