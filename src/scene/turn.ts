/**
 * The kiosk's attract screen turns the body on its own, all day: a glide of about a twelfth of
 * the way round, easing in and out at a few frames a second, then a long rest with nothing drawn.
 * A visitor walking past sees it move; a screen left on all night spends little.
 */

/** Frames a second while the body moves. */
export const TURN_FPS = 8
/** How long a glide lasts, seconds. */
const TURN_GLIDE_SECONDS = 6
/** How long the body rests between glides, seconds. */
const TURN_REST_SECONDS = 30
/** One glide and its rest: the attract screen's pattern repeats every this many seconds. */
export const TURN_CYCLE_SECONDS = TURN_GLIDE_SECONDS + TURN_REST_SECONDS
/** Radians a second at the middle of a glide. */
const GLIDE_PEAK = (2 * Math.PI) / 45

/**
 * How far the attract screen turns the body on its tick at `t` seconds: along a glide that eases
 * in and out, then nothing while it rests (frames are drawn only while it moves: 48 a glide, 80 a
 * minute).
 */
export function turnStep(t: number): number {
  const phase = t % TURN_CYCLE_SECONDS
  if (phase >= TURN_GLIDE_SECONDS) return 0
  return (GLIDE_PEAK * Math.sin((Math.PI * phase) / TURN_GLIDE_SECONDS)) / TURN_FPS
}

/** How long after a tick at `t` seconds the turn next moves: the next frame of a glide, or the next glide. */
export function turnWakeMs(t: number): number {
  const phase = t % TURN_CYCLE_SECONDS
  if (phase + 1 / TURN_FPS < TURN_GLIDE_SECONDS) return 1000 / TURN_FPS
  return Math.max(1000 / TURN_FPS, (TURN_CYCLE_SECONDS - phase) * 1000)
}
