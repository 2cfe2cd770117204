import Link from 'next/link';
import { TOOLS } from '@/lib/site/pages';

/** Every tool as a card: the patient's question as the link, one line on what it does. Home page and tools index. */
export function ToolCards() {
  return (
    <ul className="mt-4 grid gap-4 md:grid-cols-2">
      {TOOLS.map((tool) => (
        <li key={tool.path} className="card">
          <Link href={tool.path} className="text-xl font-semibold text-brand underline underline-offset-2">
            {tool.question}
          </Link>
          <p className="mt-2">{tool.summary}</p>
        </li>
      ))}
    </ul>
  );
}
