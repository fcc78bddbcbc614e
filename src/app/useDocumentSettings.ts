import { useEffect } from 'react'
import { useAppState } from '@/state/useAppState'

/** Mirrors theme, motion and text-size settings onto <html>, where the stylesheet reads them. */
export function useDocumentSettings(): void {
  const { theme, motion, textSize } = useAppState((s) => s.settings)
  useEffect(() => {
    const root = document.documentElement
    if (theme === 'system') delete root.dataset.theme
    else root.dataset.theme = theme
    if (motion === 'reduce') root.dataset.motion = 'reduce'
    else delete root.dataset.motion
    if (textSize === 'standard') delete root.dataset.textSize
    else root.dataset.textSize = textSize
  }, [theme, motion, textSize])
}
