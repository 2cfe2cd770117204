'use client';

import { useState } from 'react';
import { useBrowserValue } from '@/components/ui/useBrowserValue';
import { parsePreference, preferenceAttributeValue, type Preference } from '@/lib/reading/preference';

/**
 * The reader's current choice for one preference (on the server: the default, so the control is in the page's HTML
 * and nothing moves when it starts) and a function that applies a new choice to <html> and remembers it on this
 * device.
 */
export function usePreference<Id extends string>(preference: Preference<Id>): [Id, (next: Id) => void] {
  const stored = useBrowserValue<Id>(
    () => parsePreference(preference, document.documentElement.getAttribute(preference.attribute)),
    preference.defaultId,
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
