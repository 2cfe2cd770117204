import Link from 'next/link';
import { TOOLS } from '@/lib/site/pages';

/**
 * Every tool as a card: the patient's question as the link, one line on what it does. The whole card can be clicked
 * or tapped (the link's area is stretched over it), a large target for an unsteady hand. Home page and tools index.
 */
export function ToolCards() {
  return (
    <ul className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-2">
      {TOOLS.map((tool) => (
        <li
          key={tool.path}
          className="card relative border-brand hover:bg-brand-light has-focus-visible:bg-brand-light"
        >
          <Link
            href={tool.path}
            className="text-xl font-semibold text-brand underline underline-offset-2 after:absolute after:inset-0 after:rounded-xl after:content-['']"
          >
            {tool.question}
          </Link>
          <p className="mt-2">{tool.summary}</p>
          <p className="mt-3 font-semibold text-brand" aria-hidden="true">
            {tool.name} →
          </p>
        </li>
      ))}
    </ul>
  );
}
