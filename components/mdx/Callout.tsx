import type { ReactNode } from 'react';
import type { CalloutType } from '@/lib/content/mdx-rules';

/** Each kind has a spoken label, a visible heading, an icon and a border style: never colour alone. */
const KINDS = {
  tip: {
    label: 'Tip',
    box: 'border-l-8 border-solid border-tip bg-tip-tint',
    icon: 'M12 2a7 7 0 0 0-4 12.7V17a1 1 0 0 0 1 1h6a1 1 0 0 0 1-1v-2.3A7 7 0 0 0 12 2zm-3 18h6v1a1 1 0 0 1-1 1h-4a1 1 0 0 1-1-1z',
  },
  'let-op': {
    label: 'Let op',
    box: 'border-l-8 border-double border-caution bg-caution-tint',
    icon: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1 5h2v7h-2zm0 9h2v2h-2z',
  },
  waarschuwing: {
    label: 'Waarschuwing',
    box: 'border-4 border-solid border-danger bg-danger-tint',
    icon: 'M12 2 1 21h22L12 2zm-1 6h2v7h-2zm0 9h2v2h-2z',
  },
} as const satisfies Record<CalloutType, { label: string; box: string; icon: string }>;

type CalloutProps = { type: CalloutType; title?: string; children: ReactNode };

/** A highlighted box in an article. Screen readers hear its kind ("Let op:") before its text. */
export function Callout({ type, title, children }: CalloutProps) {
  const kind = KINDS[type];
  return (
    <aside className={`not-prose my-6 rounded-lg p-4 sm:p-5 ${kind.box}`}>
      <p className="mb-2 flex items-center gap-2 text-lg font-bold">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="h-6 w-6 shrink-0" fill="currentColor">
          <path d={kind.icon} />
        </svg>
        <span>
          {kind.label}
          {title ? <>: {title}</> : null}
        </span>
      </p>
      <div className="callout-body space-y-3 [&_a]:text-brand [&_a]:underline [&_li]:ml-5 [&_ul]:list-disc">
        {children}
      </div>
    </aside>
  );
}
