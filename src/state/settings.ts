import * as v from 'valibot'
import type { Record } from './storage'

export type MotionPreference = 'system' | 'reduce'
export type TextSize = 'standard' | 'large' | 'larger'
export type ThemePreference = 'system' | 'light' | 'dark'
/** The ambient bed under the narration. */
export type BedChoice = 'warm-pad' | 'slow-waves' | 'none'

export interface Settings {
  readonly captions: boolean
  readonly motion: MotionPreference
  readonly textSize: TextSize
  readonly theme: ThemePreference
  /** Loudness of the voice, the ambient bed and the chapter chimes, 0 to 1. */
  readonly voiceVolume: number
  readonly ambientVolume: number
  readonly chimeVolume: number
  readonly bed: BedChoice
  /** Show days in a row on the practice history: opt-in, never on unasked. */
  readonly streaks: boolean
}

export const defaultSettings: Settings = {
  captions: true,
  motion: 'system',
  textSize: 'standard',
  theme: 'system',
  voiceVolume: 1,
  ambientVolume: 0.5,
  chimeVolume: 0.6,
  bed: 'warm-pad',
  streaks: false,
}

const volume = v.pipe(v.number(), v.minValue(0), v.maxValue(1))

export const settingsRecord: Record<Settings> = {
  key: 'stillpoint:settings',
  version: 1,
  defaults: defaultSettings,
  fields: {
    captions: v.boolean(),
    motion: v.picklist(['system', 'reduce']),
    textSize: v.picklist(['standard', 'large', 'larger']),
    theme: v.picklist(['system', 'light', 'dark']),
    voiceVolume: volume,
    ambientVolume: volume,
    chimeVolume: volume,
    bed: v.picklist(['warm-pad', 'slow-waves', 'none']),
    streaks: v.boolean(),
  },
}
