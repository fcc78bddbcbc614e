/** Where the kiosk's watch for an empty room reads its time (ms): monotonic, so a wall clock set back cannot stall the wipe. */
export interface IdleClock {
  now(): number
}

/** The page's monotonic clock. */
export const pageClock: IdleClock = { now: () => performance.now() }

/**
 * A clock that can be moved on at once (`elapse`), for the kiosk soak in the benchmark: the empty
 * room's minutes pass through the same timestamps and tick. (Playwright's fake clock cannot be
 * used there: it keeps a record of every timer call, which would be the memory that grows.)
 */
export function skippableClock(base: IdleClock = pageClock): IdleClock & {
  elapse(seconds: number): void
} {
  let skipped = 0
  return {
    now: () => base.now() + skipped,
    elapse(seconds) {
      skipped += seconds * 1000
    },
  }
}
