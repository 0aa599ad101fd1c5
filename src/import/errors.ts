/**
 * A problem that stops the import as a whole (no file, not a CSV, a required column missing,
 * nothing to build a network from). The message is one sentence for the organizer, naming the
 * file; the CLI prints it without a stack trace. It is always one line of at most ~300
 * characters, with control characters escaped.
 */
import { oneLine } from "./text.js";

export class ImportError extends Error {
  /** The file at fault, when there is one. */
  readonly file: string | undefined;

  constructor(message: string, file?: string) {
    super(oneLine(message));
    this.name = "ImportError";
    this.file = file;
  }
}

/** A file with nothing in it (no column names, no rows): the import skips it, with a warning, when other files were given. */
export class EmptyFileError extends ImportError {
  constructor(message: string, file: string) {
    super(message, file);
    this.name = "EmptyFileError";
  }
}
