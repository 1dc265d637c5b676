/**
 * A queue for read-modify-write: each task starts when the one before has
 * settled, so two quick changes cannot overwrite each other. A failed task
 * rejects its own caller and does not stop the ones after it.
 */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = last.then(task);
    last = run.catch(() => undefined);
    return run;
  };
}
