import { makeGenericAPIRouteHandler } from '@keystatic/core/api/generic';
import { makeStudioConfig } from '@/components/studio/config';
import { readStudioData, studioRoot } from '@/lib/studio/data';

export const dynamic = 'force-dynamic';

/** Keystatic's local-mode API: reads and writes the files under studioRoot() (the real content, or a test's copy). */
async function handle(request: Request): Promise<Response> {
  const handler = makeGenericAPIRouteHandler({ config: makeStudioConfig(readStudioData()), localBaseDirectory: studioRoot() });
  const { body, headers, status } = await handler(request);
  // Keystatic types its body as a generic Uint8Array; Response accepts it at run time.
  return new Response(body as BodyInit | null, { status, headers });
}

export { handle as GET, handle as POST };
