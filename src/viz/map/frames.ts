/**
 * Call `then` once the map's next frames are drawn: two animation frames (the second runs after
 * the first is presented), or after `latestMs` at the latest (a hidden tab draws no frame).
 * Returns a function that cancels the call (nothing happens if it already ran).
 */
export function afterFirstFrames(then: () => void, latestMs = 10_000): () => void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    then();
  };
  const timer = setTimeout(go, latestMs);
  requestAnimationFrame(() => requestAnimationFrame(go));
  return () => {
    done = true;
    clearTimeout(timer);
  };
}
