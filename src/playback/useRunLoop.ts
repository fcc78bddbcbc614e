import { useEffect } from 'react'

/**
 * Ticks a run once per animation frame while it plays, and calls `paint` after each tick, for
 * screens with no 3D canvas driving frames. Nothing runs while the run is held.
 */
export function useRunLoop(
  run: { tick(): void } | null,
  playing: boolean,
  paint: () => void,
): void {
  useEffect(() => {
    if (!run || !playing) return
    let id = 0
    const frame = () => {
      run.tick()
      paint()
      id = requestAnimationFrame(frame)
    }
    id = requestAnimationFrame(frame)
    return () => cancelAnimationFrame(id)
  }, [run, playing, paint])
}
