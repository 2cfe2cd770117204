import type { ReactNode } from 'react';

type IconProps = { children: ReactNode; className?: string; strokeWidth?: number };

/**
 * A line icon beside a label that says the same in words: hidden from screen readers, drawn in the text colour (so
 * it follows dark mode and forced colours). Give it the icon's paths as children.
 */
export function Icon({ children, className = 'h-5 w-5', strokeWidth = 2.5 }: IconProps) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
    >
      {children}
    </svg>
  );
}
