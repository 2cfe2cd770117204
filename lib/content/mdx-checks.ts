import type { Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { isMdxComponentName, MDX_COMPONENT_RULES } from './mdx-rules';

export type Heading = { depth: 2 | 3; id: string; text: string };
export type Usage = { value: string; line: number };

/** What the checks learn about one article while it compiles: its outline, its links and its problems. */
export type ArticleFacts = {
  headings: Heading[];
  links: Usage[];
  terms: Usage[];
  figures: Usage[];
  problems: string[];
};

export function emptyFacts(): ArticleFacts {
  return { headings: [], links: [], terms: [], figures: [], problems: [] };
}

const UNSAFE_URL = /^\s*(javascript|vbscript|data):/i;

/**
 * A remark plugin that keeps articles to what editors need: markdown plus the components in MDX_COMPONENT_RULES.
 * No import/export, no {expressions}, no raw HTML or <script>, no event handlers, no javascript: links.
 * It records problems instead of throwing, so one run reports every mistake in a file.
 */
export function remarkArticleChecks(facts: ArticleFacts) {
  return () => (tree: MdastRoot) => {
    const problem = (line: number | undefined, text: string) =>
      facts.problems.push(line === undefined ? text : `regel ${line}: ${text}`);

    visit(tree, (node) => {
      const line = node.position?.start.line;
      // The ESM and expression node types come from MDX syntax extensions that mdast's types do not list.
      const type: string = node.type;
      if (type === 'mdxjsEsm') {
        problem(line, 'import- en export-regels zijn niet toegestaan; componenten zijn zonder import beschikbaar');
        return;
      }
      if (type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
        problem(line, 'code tussen accolades { } is niet toegestaan; schrijf gewone tekst');
        return;
      }
      switch (node.type) {
        case 'html':
          problem(line, 'HTML is niet toegestaan; gebruik markdown of een van de componenten');
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node, facts, problem);
          break;
        case 'link':
        case 'definition':
          if (UNSAFE_URL.test(node.url)) problem(line, `link "${node.url}" is niet toegestaan`);
          else facts.links.push({ value: node.url, line: line ?? 0 });
          break;
        case 'image':
          problem(line, 'gebruik <Figure src="..." alt="..." /> in plaats van een markdown-afbeelding');
          break;
        case 'listItem':
          if (typeof node.checked === 'boolean') problem(line, 'takenlijsten met [ ] of [x] zijn niet toegestaan; gebruik een gewone lijst');
          break;
        case 'heading':
          if (node.depth === 1) problem(line, 'gebruik geen # kop: de titel staat al bovenaan; begin met ##');
          if (node.depth > 3) problem(line, 'gebruik hoogstens ### koppen');
          break;
      }
    });
  };
}

function checkElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  facts: ArticleFacts,
  problem: (line: number | undefined, text: string) => void,
) {
  const line = node.position?.start.line;
  const name = node.name ?? '';
  if (!isMdxComponentName(name)) {
    const allowed = Object.keys(MDX_COMPONENT_RULES).join(', ');
    problem(line, `onbekend component <${name || '>'}> (HTML is niet toegestaan; bruikbaar zijn: ${allowed})`);
    return;
  }
  const rules = MDX_COMPONENT_RULES[name];
  const values = new Map<string, string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      problem(line, `<${name}>: {…} in een component is niet toegestaan`);
      continue;
    }
    const known: readonly string[] = [...rules.required, ...rules.optional];
    if (/^on/i.test(attribute.name)) problem(line, `<${name}>: "${attribute.name}" is niet toegestaan`);
    else if (!known.includes(attribute.name)) problem(line, `<${name}>: onbekend attribuut "${attribute.name}"`);
    if (typeof attribute.value !== 'string') {
      problem(line, `<${name}>: geef "${attribute.name}" een tekst tussen aanhalingstekens`);
      continue;
    }
    values.set(attribute.name, attribute.value);
  }
  for (const required of rules.required) {
    if (!values.get(required)?.trim()) problem(line, `<${name}>: "${required}" is verplicht en mag niet leeg zijn`);
  }
  for (const [attribute, allowed] of Object.entries(rules.values) as [string, readonly string[]][]) {
    const value = values.get(attribute);
    if (value !== undefined && !allowed.includes(value)) {
      problem(line, `<${name}>: ${attribute}="${value}" bestaat niet; kies uit ${allowed.join(', ')}`);
    }
  }
  if (name === 'Term' && values.get('id')) facts.terms.push({ value: values.get('id') ?? '', line: line ?? 0 });
  // The word travels to the browser as plain text (components/islands): no *emphasis*, links or components inside.
  if (name === 'Term' && !(node.children.length === 1 && node.children[0]?.type === 'text' && node.children[0].value.trim())) {
    problem(line, '<Term>: zet alleen gewone tekst tussen <Term> en </Term>, zonder opmaak, link of component');
  }
  if (name === 'Figure' && values.get('src')) facts.figures.push({ value: values.get('src') ?? '', line: line ?? 0 });
}

/** A rehype plugin, run after rehype-slug, that records the h2/h3 outline for "Op deze pagina" and link checks. */
export function rehypeCollectHeadings(facts: ArticleFacts) {
  return () => (tree: HastRoot) => {
    const seen = new Set<string>();
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
      const id = String(node.properties.id ?? '');
      const text = hastToString(node).trim();
      if (seen.has(id)) facts.problems.push(`de kop "${text}" komt twee keer voor; koppen moeten uniek zijn`);
      seen.add(id);
      facts.headings.push({ depth: node.tagName === 'h2' ? 2 : 3, id, text });
    });
  };
}
