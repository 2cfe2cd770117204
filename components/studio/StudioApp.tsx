'use client';

import { makePage } from '@keystatic/next/ui/app';
import { useMemo } from 'react';
import type { StudioData } from '@/lib/studio/data';
import { makeStudioConfig } from './config';

/** Keystatic's editor. The config holds functions and React elements, so it is built here, in the browser. */
export function StudioApp({ data }: { data: StudioData }) {
  const Page = useMemo(() => makePage(makeStudioConfig(data)), [data]);
  return <Page />;
}
