'use client';

import { THEME, type Theme } from '@/lib/reading/theme';
import { PreferenceChoice } from './PreferenceChoice';
import { usePreference } from './usePreference';

/**
 * Licht, Donker or Zoals mijn apparaat (the default: the device's own light or dark setting), for every page on
 * this device. Like the text size, the layout's inline script applies the stored choice before the first paint, and
 * without JavaScript the control is hidden (PreferenceChoice): the page then simply follows the device.
 */
export function ThemeControl() {
  const [theme, choose] = usePreference<Theme>(THEME);
  return <PreferenceChoice legend="Kleuren" name="kleuren" preference={THEME} current={theme} onChoose={choose} />;
}
