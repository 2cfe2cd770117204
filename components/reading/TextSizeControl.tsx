'use client';

import { useState } from 'react';
import { useBrowserValue } from '@/components/ui/useBrowserValue';
import {
  parseTextSize,
  TEXT_SIZE_ATTRIBUTE,
  TEXT_SIZE_STORAGE_KEY,
  TEXT_SIZES,
  textSizeAttributeValue,
  type TextSize,
} from '@/lib/reading/text-size';

/** Each choice is written in the size it gives, so the choice is visible as well as named. */
const SAMPLE_CLASS: Record<TextSize, string> = { normaal: 'text-base', groot: 'text-lg', grootst: 'text-xl' };

/**
 * Three radio buttons that set the text size of every page on this device. The inline script in the layout applies
 * the stored choice before the first paint; this control only changes it. Without JavaScript it is not shown,
 * since it could not work (the browser's own zoom still does).
 */
export function TextSizeControl() {
  const stored = useBrowserValue(() => parseTextSize(document.documentElement.getAttribute(TEXT_SIZE_ATTRIBUTE)), null);
  const [chosen, setSize] = useState<TextSize | null>(null);
  const size = chosen ?? stored;

  function choose(next: TextSize) {
    setSize(next);
    const value = textSizeAttributeValue(next);
    if (value) document.documentElement.setAttribute(TEXT_SIZE_ATTRIBUTE, value);
    else document.documentElement.removeAttribute(TEXT_SIZE_ATTRIBUTE);
    try {
      localStorage.setItem(TEXT_SIZE_STORAGE_KEY, next);
    } catch {
      // Storage may be off (private mode): the choice then lasts for this page only.
    }
  }

  if (size === null) return null;
  return (
    <fieldset className="no-print flex flex-wrap items-center gap-x-2 gap-y-1">
      <legend className="float-left mr-1 text-base font-semibold">Tekstgrootte</legend>
      <div className="flex flex-wrap gap-1">
        {TEXT_SIZES.map((option) => (
          <label
            key={option.id}
            className={`relative inline-flex min-h-11 cursor-pointer items-center rounded-lg border-2 border-brand px-2 font-semibold leading-none text-brand hover:bg-brand-light has-checked:bg-brand has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-ink has-focus-visible:shadow-[0_0_0_6px_#ffd700] ${SAMPLE_CLASS[option.id]}`}
          >
            <input
              type="radio"
              name="tekstgrootte"
              value={option.id}
              checked={size === option.id}
              onChange={() => choose(option.id)}
              className="absolute inset-0 cursor-pointer appearance-none opacity-0"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
