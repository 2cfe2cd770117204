'use client';

import { TEXT_SIZE, type TextSize } from '@/lib/reading/text-size';
import { PreferenceChoice } from './PreferenceChoice';
import { usePreference } from './usePreference';

/** Each choice is written in the size it gives, so the choice is visible as well as named. */
const SAMPLE_CLASS: Record<TextSize, string> = { normaal: 'text-base', groot: 'text-lg', grootst: 'text-xl' };

/**
 * Three radio buttons that set the text size of every page on this device. The inline script in the layout applies
 * the stored choice before the first paint; this control only changes it. Without JavaScript it is hidden
 * (PreferenceChoice), since it could not work (the browser's own zoom still does).
 */
export function TextSizeControl() {
  const [size, choose] = usePreference<TextSize>(TEXT_SIZE);
  return (
    <PreferenceChoice
      legend="Tekstgrootte"
      name="tekstgrootte"
      preference={TEXT_SIZE}
      current={size}
      onChoose={choose}
      optionClass={SAMPLE_CLASS}
    />
  );
}
