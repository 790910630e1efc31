// What a view must undo when the reader leaves it (the graph's WebGL context, its listeners).

let cleanups: Array<() => void> = [];

export function onLeave(fn: () => void): void {
  cleanups.push(fn);
}

export function leaveView(): void {
  const fns = cleanups;
  cleanups = [];
  for (const fn of fns) fn();
}
