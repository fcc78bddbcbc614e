import { memo } from 'react'
import { appStore } from '@/state/appStore'
import type { BedChoice } from '@/state/settings'
import { useAppState } from '@/state/useAppState'
import { ChoiceGroup } from './ChoiceGroup'
import { Icon } from './Icon'
import { LevelSlider } from './LevelSlider'
import './playback.css'

/** The sound levels, each a setting from 0 to 1. */
const levels = [
  { key: 'voiceVolume', label: 'Voice' },
  { key: 'ambientVolume', label: 'Background' },
  { key: 'chimeVolume', label: 'Chapter chimes' },
] as const

const beds = [
  { value: 'warm-pad', label: 'Warm pad' },
  { value: 'slow-waves', label: 'Slow waves' },
  { value: 'none', label: 'None' },
] as const satisfies readonly { value: BedChoice; label: string }[]

/** Voice, background and chime levels and the choice of background sound, kept as settings. */
export const SoundPanel = memo(function SoundPanel() {
  const settings = useAppState((s) => s.settings)
  const { setSetting } = appStore.getState()
  return (
    <details className="sound-panel">
      <summary>
        <Icon name="sound" />
        <span>Sound</span>
      </summary>
      {levels.map(({ key, label }) => (
        <LevelSlider
          key={key}
          label={label}
          value={settings[key]}
          onChange={(v) => setSetting(key, v)}
        />
      ))}
      <ChoiceGroup
        legend="Background sound"
        value={settings.bed}
        options={beds}
        onChange={(v) => setSetting('bed', v)}
      />
    </details>
  )
})
