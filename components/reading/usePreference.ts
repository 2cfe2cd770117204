'use client';

import { useState } from 'react';
import { useBrowserValue } from '@/components/ui/useBrowserValue';
import { parsePreference, preferenceAttributeValue, type Preference } from '@/lib/reading/preference';

/**
 * The reader's current choice for one preference (null on the server, so the control is not shown without script)
 * and a function that applies a new choice to <html> and remembers it on this device.
 */
export function usePreference<Id extends string>(preference: Preference<Id>): [Id | null, (next: Id) => void] {
  const stored = useBrowserValue<Id | null>(
    () => parsePreference(preference, document.documentElement.getAttribute(preference.attribute)),
    null,
  );
  const [chosen, setChosen] = useState<Id | null>(null);

  function choose(next: Id) {
    setChosen(next);
    const value = preferenceAttributeValue(preference, next);
    if (value) document.documentElement.setAttribute(preference.attribute, value);
    else document.documentElement.removeAttribute(preference.attribute);
    try {
      localStorage.setItem(preference.storageKey, next);
    } catch {
      // Storage may be off (private mode): the choice then lasts for this page only.
    }
  }

  return [chosen ?? stored, choose];
}
