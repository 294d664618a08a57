/** A clock that only moves when a test moves it. */
export interface ManualClock {
  now(): Date;
  advance(milliseconds: number): void;
  set(at: Date): void;
}

export function manualClock(start: Date): ManualClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (milliseconds) => {
      current += milliseconds;
    },
    set: (at) => {
      current = at.getTime();
    },
  };
}
