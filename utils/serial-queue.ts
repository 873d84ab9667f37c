// One step at a time: each step starts once the one before it has settled, fulfilled or not.
// Every read-modify-write of stored state (settings, packs, switches, placements, pending
// sites, the journal's streak) goes through one of these, so two tabs asking at once cannot
// lose a change, and a step that failed does not stop the ones after it.

/** Runs `step` after every step queued before it; answers with the step's own result. */
export type SerialQueue = <T>(step: () => Promise<T>) => Promise<T>;

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(step: () => Promise<T>): Promise<T> => {
    const run = tail.then(step, step);
    tail = run.catch(() => undefined);
    return run;
  };
}
