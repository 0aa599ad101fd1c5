/**
 * Progress of long work on stderr (`npm run analyze`): which stage is running and how far along.
 *
 * - stderr is a terminal: one line, redrawn at each stage ("Analysing… 4/10 Outreach plan…
 *   (12 s)", the seconds since the command started) with `\r` + clear-line, erased at the end.
 * - stderr is not a terminal (a log, a pipe): one plain line for each stage that took longer
 *   than `SLOW_STAGE_MS`, when it ends ("Ask paths… done in 3.2 s"); a fast run writes nothing.
 * - quiet (`--quiet`): nothing at all. Nothing ever goes to stdout.
 *
 * The analyses run synchronously, so the line changes at stage boundaries (the engine's
 * `onProgress`), not during a stage. Time comes from an injected clock (milliseconds), so tests
 * use a fake one.
 */

/** A stage longer than this (ms) is reported in a log. */
export const SLOW_STAGE_MS = 1000;

/** Where progress goes and how time is read. */
export interface ProgressOutput {
  write: (s: string) => void;
  /** stderr is a terminal: one updating line instead of log lines. */
  isTTY: boolean;
  /** Milliseconds (any origin). */
  now: () => number;
  /** Show nothing. */
  quiet: boolean;
}

/** One stage's position among the analyses (0-based `done`). */
export interface StageStep {
  done: number;
  total: number;
}

export interface StageProgress {
  /** A stage begins (the previous one ends). `step`: its place among the analyses. */
  stage(words: string, step?: StageStep): void;
  /** The work is done: the last stage ends (reported if slow) and the terminal line is erased. */
  end(): void;
  /** The work stopped (an error): the terminal line is erased, nothing is reported as done. */
  stop(): void;
}

const CLEAR_LINE = "\r\x1b[K";

/** "3.2" seconds, one decimal. */
function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

/** The progress reporter of one command run (see the module comment). */
export function stageProgress(out: ProgressOutput): StageProgress {
  if (out.quiet) return silentProgress;
  const started = out.now();
  let current: { words: string; since: number } | undefined;
  let drawn = false;
  const erase = () => {
    if (drawn) out.write(CLEAR_LINE);
    drawn = false;
  };
  const close = (at: number) => {
    if (current !== undefined && !out.isTTY && at - current.since > SLOW_STAGE_MS) {
      out.write(`${current.words} done in ${seconds(at - current.since)} s\n`);
    }
    current = undefined;
  };
  return {
    stage(words, step) {
      const at = out.now();
      close(at);
      current = { words, since: at };
      if (!out.isTTY) return;
      const count = step !== undefined ? `Analysing… ${step.done + 1}/${step.total} ` : "";
      const elapsed = at - started >= SLOW_STAGE_MS ? ` (${Math.round((at - started) / 1000)} s)` : "";
      out.write(`${CLEAR_LINE}${count}${words}${elapsed}`);
      drawn = true;
    },
    end() {
      if (current !== undefined) close(out.now());
      erase();
    },
    stop() {
      current = undefined;
      erase();
    },
  };
}

/** Progress that shows nothing (in-process callers of `analyze` that want no output). */
export const silentProgress: StageProgress = { stage: () => undefined, end: () => undefined, stop: () => undefined };
