import { makeGenericAPIRouteHandler } from '@keystatic/core/api/generic';
import { makeStudioConfig } from '@/components/studio/config';
import { withListFiles } from '@/lib/studio/api';
import { readStudioData, studioRoot } from '@/lib/studio/data';
import { STUDIO_LIST_FILES } from '@/lib/studio/lists';

export const dynamic = 'force-dynamic';

/** Keystatic's local-mode API: reads and writes the files under studioRoot() (the real content, or a test's copy). */
async function handle(request: Request): Promise<Response> {
  const root = studioRoot();
  const keystatic = makeGenericAPIRouteHandler({
    config: makeStudioConfig(readStudioData()),
    localBaseDirectory: root,
  });
  return withListFiles(keystatic, root, STUDIO_LIST_FILES)(request);
}

export { handle as GET, handle as POST };
