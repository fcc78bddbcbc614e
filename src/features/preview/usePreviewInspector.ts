import { useEffect } from 'react'
import type { NarratedRun } from '@/audio/narratedRun'
import type { Walkthrough, WalkthroughCue } from '@/content/walkthrough'
import { inspecting } from '@/lib/inspect'

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
  session: NarratedRun<WalkthroughCue> | null,
  walkthrough: Walkthrough,
): void {
  useEffect(() => {
    if (!session || !inspecting()) return
    window.__stillpointPreview = {
      time: () => session.player.frame.t,
      voice: () => session.voice(),
      waiting: () => session.waiting(),
      ready: () => session.ready(),
      cueStart: (id) => walkthrough.cues.find((c) => c.id === id)?.at ?? null,
    }
    return () => {
      delete window.__stillpointPreview
    }
  }, [session, walkthrough])
}
