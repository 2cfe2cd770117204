import type { ComponentProps } from 'react';

/**
 * Every interactive part of the site, by name, with the import that loads its code. In the static export a page
 * carries no Next.js runtime: components/islands/mount.tsx starts only the parts found on the page, each from its
 * own small chunk (scripts/build-islands.mts bundles them). Under `next dev` Next.js hydrates the same components as
 * part of the page, so each has exactly one implementation.
 *
 * A name's props must survive JSON: they travel in the page as the island's data-props attribute.
 */
export const ISLANDS = {
  term: () => import('@/components/mdx/TermToggle').then((m) => m.TermToggle),
  'text-size': () => import('@/components/reading/TextSizeControl').then((m) => m.TextSizeControl),
  theme: () => import('@/components/reading/ThemeControl').then((m) => m.ThemeControl),
  print: () => import('@/components/print/PrintButton').then((m) => m.PrintButton),
  'read-aloud': () => import('@/components/reading/ReadAloud').then((m) => m.ReadAloud),
  'system-share': () => import('@/components/share/SystemShareButton').then((m) => m.SystemShareButton),
  'section-share': () => import('@/components/share/SectionShareMenu').then((m) => m.SectionShareMenu),
  toc: () => import('@/components/articles/TableOfContentsList').then((m) => m.TableOfContentsList),
  search: () => import('@/components/search/SearchPanel').then((m) => m.SearchPanel),
  tscore: () => import('@/components/calculators/TScoreTool').then((m) => m.TScoreTool),
  calcium: () => import('@/components/calculators/CalciumCalculator').then((m) => m.CalciumCalculator),
  'bone-card': () => import('@/components/bone-card/BoneCard').then((m) => m.BoneCard),
  'exercise-plan': () => import('@/components/exercise/ExercisePlan').then((m) => m.ExercisePlan),
  valrisico: () => import('@/components/risk/FallRiskCheck').then((m) => m.FallRiskCheck),
  botbreukrisico: () => import('@/components/risk/FractureRiskCheck').then((m) => m.FractureRiskCheck),
};

export type IslandName = keyof typeof ISLANDS;

/** The props of the component behind a name. */
export type IslandProps<N extends IslandName> = ComponentProps<Awaited<ReturnType<(typeof ISLANDS)[N]>>>;
