import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { emptyFacts, rehypeCollectHeadings, remarkArticleChecks, type ArticleFacts } from './mdx-checks';
import { YAML_ENGINES } from './yaml';

export type CompiledMdx = ArticleFacts & {
  /** The bundled component, for getMDXComponent. */
  code: string;
};

/** Bump when the compile pipeline changes, so cached results from an older pipeline are not reused. */
const PIPELINE_VERSION = '5';
const CACHE_DIR = path.join(process.cwd(), 'node_modules', '.cache', 'botwijzer-mdx');

/**
 * The only place that calls bundleMDX. Results are cached on disk by a hash of the source, so an unchanged
 * article is compiled once, whichever process (content check, build worker) asks first.
 */
export async function compileMdx(source: string): Promise<CompiledMdx> {
  const key = createHash('sha256').update(PIPELINE_VERSION).update('\0').update(source).digest('hex');
  const cacheFile = path.join(CACHE_DIR, `${key}.json`);
  const cached = await readCache(cacheFile);
  if (cached) return cached;

  const facts = emptyFacts();
  let result;
  try {
    result = await bundleMDX({
      source,
      grayMatterOptions: (options) => ({ ...options, engines: YAML_ENGINES }),
      mdxOptions(options) {
        options.remarkPlugins = [remarkArticleChecks(facts), ...(options.remarkPlugins ?? []), remarkGfm];
        options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeSlug, rehypeCollectHeadings(facts)];
        return options;
      },
      // Errors are reported to the editor in Dutch below; esbuild's own console output would only repeat them.
      esbuildOptions(options) {
        options.logLevel = 'silent';
        return options;
      },
    });
  } catch (error) {
    // The checks usually explain why (an import that cannot resolve); otherwise pass on where MDX stumbled.
    if (facts.problems.length === 0) facts.problems.push(describeBuildError(error));
    return { ...facts, code: '' };
  }
  const compiled: CompiledMdx = { ...facts, code: result.code };
  await writeCache(cacheFile, compiled);
  return compiled;
}

async function readCache(file: string): Promise<CompiledMdx | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as CompiledMdx;
  } catch {
    return undefined;
  }
}

async function writeCache(file: string, compiled: CompiledMdx) {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    // Write to a temporary name first: parallel build workers must never read half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(compiled));
    await rename(temporary, file);
  } catch {
    // A read-only disk only costs speed.
  }
}

type EsbuildFailure = { errors?: { text: string; location?: { line: number } | null }[] };

/** esbuild wraps MDX syntax errors; keep the line and the reason, drop the temporary file names. */
function describeBuildError(error: unknown): string {
  const first = (error as EsbuildFailure).errors?.[0];
  if (first) {
    const where = first.location ? `regel ${first.location.line}: ` : '';
    return `${where}de tekst kon niet verwerkt worden: ${first.text.replace(/_mdx_bundler_entry_point-[\w-]+\.mdx:?/g, '')}`;
  }
  return `de tekst kon niet verwerkt worden: ${(error as Error).message}`;
}
