import path from 'node:path';
import * as esbuild from 'esbuild';

/**
 * Which module each island of the registry loads, read from the registry object itself: the registry is bundled
 * for Node with every module it imports replaced by a stand-in whose exports name their source, and then each
 * island's loader is called. `metafile` is the islands' browser build, which knows each module's exports.
 */
export async function islandSources(registry: string, metafile: esbuild.Metafile): Promise<Record<string, string>> {
  const registryPath = path.resolve(registry);
  const exportsOf = (source: string) =>
    Object.values(metafile.outputs).find((output) => output.entryPoint === source)?.exports ?? [];
  const probe = await esbuild.build({
    entryPoints: [registry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    plugins: [
      {
        name: 'island-probe',
        setup(build) {
          build.onResolve({ filter: /.*/ }, async (args) => {
            if (args.importer !== registryPath || args.pluginData === 'probe') return undefined;
            const resolved = await build.resolve(args.path, {
              resolveDir: args.resolveDir,
              kind: args.kind,
              pluginData: 'probe',
            });
            return {
              path: path.relative(process.cwd(), resolved.path).split(path.sep).join('/'),
              namespace: 'island-probe',
            };
          });
          build.onLoad({ filter: /.*/, namespace: 'island-probe' }, (args) => ({
            contents: exportsOf(args.path)
              .map((name) => `export const ${name} = { source: ${JSON.stringify(args.path)} };`)
              .join('\n'),
            loader: 'js',
          }));
        },
      },
    ],
  });
  const code = probe.outputFiles[0]?.text ?? '';
  const { ISLANDS } = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
    ISLANDS: Record<string, () => Promise<{ source: string } | undefined>>;
  };
  const sources: Record<string, string> = {};
  for (const [name, load] of Object.entries(ISLANDS)) {
    const loaded = await load();
    if (!loaded?.source) throw new Error(`het eiland ${name} laadt geen export die de bundel kent`);
    sources[name] = loaded.source;
  }
  return sources;
}
