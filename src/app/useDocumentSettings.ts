import { useEffect } from 'react'
import { useAppState } from '@/state/useAppState'

/**
 * Mirrors theme, motion and text-size settings, and a clinic's colour, onto <html>, where the
 * stylesheet reads them.
 */
export function useDocumentSettings(): void {
  const { theme, motion, textSize } = useAppState((s) => s.settings)
  const accent = useAppState((s) => s.clinic.accent)
  useEffect(() => {
    const style = document.documentElement.style
    if (!accent) {
      for (const name of ['--accent', '--accent-strong', '--accent-soft'])
        style.removeProperty(name)
      return
    }
    // The clinic's colour, checked for contrast on both themes (state/clinic.ts).
    const both = `light-dark(${accent.light}, ${accent.dark})`
    style.setProperty('--accent', both)
    style.setProperty('--accent-strong', both)
    style.setProperty('--accent-soft', `light-dark(${accent.softLight}, ${accent.softDark})`)
  }, [accent])
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
