import { appStore } from '@/state/appStore'
import type { TextSize } from '@/state/settings'
import { useAppState } from '@/state/useAppState'
import { ChoiceGroup } from '@/ui/ChoiceGroup'
import './kiosk.css'

const sizes = [
  { value: 'standard', label: 'Standard' },
  { value: 'large', label: 'Large' },
  { value: 'larger', label: 'Larger' },
] as const satisfies readonly { value: TextSize; label: string }[]

/** A kiosk visitor's text size, in reach on every screen (kept for their visit only). */
export function VisitorTextSize() {
  const textSize = useAppState((s) => s.settings.textSize)
  return (
    <div className="visitor-text-size">
      <ChoiceGroup
        legend="Text size"
        value={textSize}
        options={sizes}
        onChange={(value) => appStore.getState().setSetting('textSize', value)}
      />
    </div>
  )
}
