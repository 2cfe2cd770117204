import type { MdxComponentName } from '@/lib/content/mdx-rules';
import { Callout } from './Callout';
import {
  EmbeddedCalciumCalculator,
  EmbeddedFallRiskCheck,
  EmbeddedFractureRiskCheck,
  EmbeddedTScoreTool,
} from './EmbeddedTools';
import { Figure } from './Figure';
import { MdxLink } from './MdxLink';
import { MdxTable, MdxTh } from './MdxTable';
import { Oefeningen } from './Oefeningen';
import { SectionHeading } from './SectionHeading';
import { Term } from './Term';
import { ZoNietZoWel } from './ZoNietZoWel';

/** What editors may use by name: `satisfies` makes a component missing from MDX_COMPONENT_RULES a type error. */
const editorComponents = {
  Callout,
  Term,
  Figure,
  TScoreTool: EmbeddedTScoreTool,
  CalciumCalculator: EmbeddedCalciumCalculator,
  Oefeningen,
  ZoNietZoWel,
  FallRiskCheck: EmbeddedFallRiskCheck,
  FractureRiskCheck: EmbeddedFractureRiskCheck,
} satisfies Record<MdxComponentName, unknown>;

/** The one component map for every article: editor components plus the markdown elements we render our way. */
export const mdxComponents = {
  ...editorComponents,
  h2: (props: React.ComponentPropsWithoutRef<'h2'>) => <SectionHeading level={2} {...props} />,
  h3: (props: React.ComponentPropsWithoutRef<'h3'>) => <SectionHeading level={3} {...props} />,
  a: MdxLink,
  table: MdxTable,
  th: MdxTh,
};
