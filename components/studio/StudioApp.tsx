'use client';

import { Keystatic } from '@keystatic/core/ui';
import { useMemo } from 'react';
import type { StudioData } from '@/lib/studio/data';
import { makeStudioConfig } from './config';

/** Keystatic's editor. The config holds functions and React elements, so it is built here, in the browser. */
export function StudioApp({ data }: { data: StudioData }) {
  const config = useMemo(() => makeStudioConfig(data), [data]);
  return <Keystatic config={config} />;
}
