'use client';

import dynamic from 'next/dynamic';

// The tools are code-split: an article loads a tool's JavaScript only when it embeds that tool. Imported
// directly, both tools would ride along on every article page. They still render on the server, so the page
// shows them (and their no-JavaScript explanation) before the chunk arrives.
export const LazyTScoreTool = dynamic(() => import('@/components/calculators/TScoreTool').then((m) => m.TScoreTool));
export const LazyCalciumCalculator = dynamic(() =>
  import('@/components/calculators/CalciumCalculator').then((m) => m.CalciumCalculator),
);
