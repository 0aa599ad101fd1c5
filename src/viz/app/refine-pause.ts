/**
 * While the person uses the page — moves the mouse, touches, clicks, scrolls, types — a refine
 * running in the background gives the cores back at once (`client.interacting(true)`: the refine
 * workers stop, their ranges go back to the queue, refine.ts `pause`), and goes on
 * `REFINE_QUIET_MS` after the last such event (`interacting(false)`). On a 2-core machine with
 * software WebGL the drawing runs on the same cores: a hover measured 10–28 s during a refine of
 * 10,000 people without this (docs/performance.md, stop 14). Only the flips are sent, not every
 * event. The figures are the same to the last bit, later. Returns the cleanup.
 */
import type { AnalysisClient } from "../client.js";

/** How long the page must be left alone before the refine goes on (ms). */
export const REFINE_QUIET_MS = 1500;

/** The events that mean "the person is using the page". */
const ACTIVITY = ["pointermove", "pointerdown", "wheel", "keydown", "touchstart"] as const;

/** The bench's hook `?e2e&refinePause=off`: the refine runs on while the page is used (to measure what the pause gains). */
function pauseTurnedOff(): boolean {
  const params = new URLSearchParams(globalThis.location?.search ?? "");
  return params.has("e2e") && params.get("refinePause") === "off";
}

export function pauseRefineWhileInteracting(client: Pick<AnalysisClient, "interacting">, target: EventTarget, quietMs = REFINE_QUIET_MS): () => void {
  if (pauseTurnedOff()) return () => undefined;
  let active = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const quiet = () => {
    active = false;
    timer = undefined;
    client.interacting(false);
  };
  const onActivity = () => {
    if (!active) {
      active = true;
      client.interacting(true);
    }
    clearTimeout(timer);
    timer = setTimeout(quiet, quietMs);
  };
  const options = { capture: true, passive: true } as const;
  for (const type of ACTIVITY) target.addEventListener(type, onActivity, options);
  return () => {
    for (const type of ACTIVITY) target.removeEventListener(type, onActivity, options);
    clearTimeout(timer);
    if (active) client.interacting(false);
  };
}
