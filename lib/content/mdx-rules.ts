/**
 * The components editors may use in an article, with the attributes each takes. The component map in
 * components/mdx is typed against this list, so the two cannot drift apart.
 */
export const MDX_COMPONENT_RULES = {
  Callout: { required: ['type'], optional: ['title'], values: { type: ['tip', 'let-op', 'waarschuwing'] } },
  Term: { required: ['id'], optional: [], values: {} },
  Figure: { required: ['src', 'alt'], optional: ['caption'], values: {} },
  TScoreTool: { required: [], optional: [], values: {} },
  CalciumCalculator: { required: [], optional: [], values: {} },
  Oefeningen: { required: ['niveau'], optional: [], values: { niveau: ['beginner', 'gevorderd'] } },
  ZoNietZoWel: { required: ['id'], optional: [], values: { id: ['bukken-en-draaien', 'tillen-met-ronde-rug'] } },
  FallRiskCheck: { required: [], optional: [], values: {} },
  FractureRiskCheck: { required: [], optional: [], values: {} },
} as const satisfies Record<
  string,
  { required: readonly string[]; optional: readonly string[]; values: Record<string, readonly string[]> }
>;

export type MdxComponentName = keyof typeof MDX_COMPONENT_RULES;
export type CalloutType = (typeof MDX_COMPONENT_RULES.Callout.values.type)[number];

export function isMdxComponentName(name: string): name is MdxComponentName {
  return Object.hasOwn(MDX_COMPONENT_RULES, name);
}

/** Internal pages outside the article library that articles may link to. */
export { LINKABLE_PAGES } from '../site/pages';
