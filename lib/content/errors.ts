/** One error for one file, listing every problem found in it, in words an editor understands. */
export class ContentError extends Error {
  readonly file: string;
  readonly problems: string[];

  constructor(file: string, problems: string[]) {
    super(`Fout in ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
    this.file = file;
    this.problems = problems;
  }
}

/** Several files can be wrong at once; the editor sees all of them in one message. */
export class ContentErrors extends Error {
  readonly errors: ContentError[];

  constructor(errors: ContentError[]) {
    super(
      `De inhoud bevat ${errors.length === 1 ? 'een fout' : `fouten in ${errors.length} bestanden`}:\n\n` +
        errors.map((e) => e.message).join('\n\n'),
    );
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}

/**
 * True for both error kinds. Checks the name rather than instanceof, because a script runner may load this
 * module twice (once as ESM, once as CommonJS), which gives two distinct classes.
 */
export function isContentError(error: unknown): error is ContentError | ContentErrors {
  return error instanceof Error && (error.name === 'ContentError' || error.name === 'ContentErrors');
}
