import { TEXT_SIZE_SCRIPT } from '../../lib/reading/text-size';

/**
 * The only inline scripts a page may run: each is needed before the first paint, so it cannot wait for a file.
 * The build fails on any other (scripts/export/static-export.ts) and puts the hash of each of these in the
 * Content-Security-Policy, so a script added here is allowed the moment it is listed, and one not listed never is.
 */
export const INLINE_SCRIPTS: readonly string[] = [TEXT_SIZE_SCRIPT];
