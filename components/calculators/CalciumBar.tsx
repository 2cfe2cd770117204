'use client';

import { useId } from 'react';
import type { IntakeGroup } from '@/lib/calcium/foods';
import type { CalciumView } from '@/lib/calcium/view';

/** The bar's texts and layout, as lib/calcium/view.ts makes them. */
type CalciumBarProps = CalciumView['bar'];

// Colour helps, but each group has its own pattern too, so the bar reads in greyscale and on paper.
const INK: Record<IntakeGroup, string> = {
  zuivel: '#0b4f8a',
  plantaardig: '#1d6b3a',
  groente: '#4d7a00',
  'vis-en-overig': '#7a3e00',
  supplementen: '#5b2a86',
};

function Pattern({ id, group }: { id: string; group: IntakeGroup }) {
  const ink = INK[group];
  switch (group) {
    case 'zuivel':
      return (
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={ink} />
        </pattern>
      );
    case 'plantaardig':
      return (
        <pattern id={id} width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="10" height="10" fill="#ffffff" />
          <rect width="5" height="10" fill={ink} />
        </pattern>
      );
    case 'groente':
      return (
        <pattern id={id} width="10" height="10" patternUnits="userSpaceOnUse">
          <rect width="10" height="10" fill="#ffffff" />
          <circle cx="5" cy="5" r="3" fill={ink} />
        </pattern>
      );
    case 'vis-en-overig':
      return (
        <pattern id={id} width="10" height="8" patternUnits="userSpaceOnUse">
          <rect width="10" height="8" fill="#ffffff" />
          <rect width="10" height="4" fill={ink} />
        </pattern>
      );
    case 'supplementen':
      return (
        <pattern id={id} width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="10" height="10" fill="#ffffff" />
          <rect width="3" height="10" fill={ink} />
          <rect width="10" height="3" fill={ink} />
        </pattern>
      );
  }
}

/** A bar from 0 to beyond the target, split by food group, with the target marked by a line and its label. */
export function CalciumBar({ layout, description, targetText, scaleStart, scaleEnd, legend }: CalciumBarProps) {
  const id = useId();
  const patternId = (group: IntakeGroup) => `${id}-${group}`;
  const groups = legend.map((entry) => entry.group);

  return (
    <figure className="paper my-4 break-inside-avoid rounded-lg [print-color-adjust:exact] dark:p-3 print:my-2">
      <div className="relative h-7" aria-hidden="true">
        {layout.targetPercent !== null ? (
          <span
            className="absolute bottom-0 -translate-x-1/2 text-xl leading-none"
            style={{ left: `${layout.targetPercent}%` }}
          >
            ▼
          </span>
        ) : null}
      </div>
      <svg role="img" aria-label={description} width="100%" height="48" className="block overflow-visible">
        <defs>
          {groups.map((group) => (
            <Pattern key={group} id={patternId(group)} group={group} />
          ))}
        </defs>
        <rect x="0" y="0" width="100%" height="48" fill="#f4f6f8" stroke="#1a1a1a" strokeWidth="2" />
        {layout.segments.map((segment) => (
          <rect
            key={segment.group}
            x={`${segment.startPercent}%`}
            y="0"
            width={`${segment.widthPercent}%`}
            height="48"
            fill={`url(#${patternId(segment.group)})`}
            stroke="#1a1a1a"
            strokeWidth="2"
          />
        ))}
        {layout.targetPercent !== null ? (
          <>
            <line
              x1={`${layout.targetPercent}%`}
              x2={`${layout.targetPercent}%`}
              y1="-6"
              y2="54"
              stroke="#ffffff"
              strokeWidth="8"
            />
            <line
              x1={`${layout.targetPercent}%`}
              x2={`${layout.targetPercent}%`}
              y1="-6"
              y2="54"
              stroke="#000000"
              strokeWidth="4"
            />
          </>
        ) : null}
      </svg>
      <div className="mt-1 flex justify-between text-base text-muted" aria-hidden="true">
        <span>{scaleStart}</span>
        <span>{scaleEnd}</span>
      </div>
      {legend.length > 0 || targetText ? (
        <figcaption>
          <ul className="mt-2 space-y-1 print:mt-1 print:flex print:flex-wrap print:gap-x-5 print:space-y-0 print:text-sm">
            {targetText ? (
              <li className="flex items-center gap-2">
                <svg
                  aria-hidden="true"
                  width="28"
                  height="20"
                  viewBox="0 0 28 20"
                  className="shrink-0 print:h-3.5 print:w-5"
                >
                  <rect x="11" width="6" height="20" fill="#000000" />
                </svg>
                {targetText}
              </li>
            ) : null}
            {legend.map((entry) => (
              <li key={entry.group} className="flex items-center gap-2">
                <svg
                  aria-hidden="true"
                  width="28"
                  height="20"
                  viewBox="0 0 28 20"
                  className="shrink-0 print:h-3.5 print:w-5"
                >
                  <rect
                    width="28"
                    height="20"
                    fill={`url(#${patternId(entry.group)})`}
                    stroke="#1a1a1a"
                    strokeWidth="2"
                  />
                </svg>
                {entry.text}
              </li>
            ))}
          </ul>
        </figcaption>
      ) : null}
    </figure>
  );
}
