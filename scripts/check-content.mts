// `npm run content`: compiles and checks every article, the glossary and the links between them.
// Exits with 1 and one readable message when anything is wrong; the build runs it first.
import { isContentError } from '../lib/content/errors';
import { validateLibrary } from '../lib/content/library';

process.env.NODE_ENV ??= 'production';

try {
  const started = performance.now();
  const articles = await validateLibrary();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Inhoud in orde: ${articles.length} artikelen gecontroleerd in ${seconds} s.`);
} catch (error) {
  if (isContentError(error)) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
