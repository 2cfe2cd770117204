'use client';

import type { CalciumView } from '@/lib/calcium/view';

type CalciumTotalBarProps = CalciumView['compact'] & {
  /** True while the person is in the form and the result itself is out of view. */
  shown: boolean;
};

/**
 * The day's total and the target in a slim bar at the bottom of the screen, while the result panel is out of view
 * (on a phone, or in a narrow article column). It only repeats what the result panel says, and the panel's live
 * region already announces each change, so the bar is hidden from screen readers: nothing is said twice. While it is
 * shown, the page keeps a scroll padding of its height, so a focused field never sits under it (globals.css).
 */
export function CalciumTotalBar({ total, target, shown }: CalciumTotalBarProps) {
  return (
    <div
      aria-hidden="true"
      hidden={!shown}
      className="calcium-total-bar no-print fixed inset-x-0 bottom-0 z-30 border-t-4 border-brand bg-surface shadow-[0_-4px_12px_rgb(0_0_0/0.15)]"
    >
      <p className="mx-auto flex max-w-5xl flex-wrap items-baseline justify-between gap-x-4 px-4 py-2 text-lg">
        <strong className="text-xl">{total}</strong>
        {target ? <span>{target}</span> : null}
      </p>
    </div>
  );
}
