import { useEffect } from 'react'
import type { Walkthrough, WalkthroughCue } from '@/content/walkthrough'
import { inspecting } from '@/lib/inspect'
import type { NarratedRun } from '@/sound/narratedRun'

declare global {
  interface Window {
    __stillpointPreview?: {
      /** Where the run is, seconds, on its clock (the narration's, or the silent one). */
      time(): number
      voice(): 'audio' | 'silent'
      waiting(): boolean
      /** The narration is loaded. */
      ready(): boolean
      cueStart(id: string): number | null
    }
  }
}

/** Numbers for tests and the benchmark only, on `window.__stillpointPreview` with ?inspect in the URL. */
export function usePreviewInspector(
  guided: NarratedRun<WalkthroughCue> | null,
  walkthrough: Walkthrough,
): void {
  useEffect(() => {
    if (!guided || !inspecting()) return
    window.__stillpointPreview = {
      time: () => guided.player.frame.t,
      voice: () => guided.voice(),
      waiting: () => guided.waiting(),
      ready: () => guided.ready(),
      cueStart: (id) => walkthrough.cues.find((c) => c.id === id)?.at ?? null,
    }
    return () => {
      delete window.__stillpointPreview
    }
  }, [guided, walkthrough])
}
