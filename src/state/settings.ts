import * as v from 'valibot'
import type { Record } from './storage'

export type MotionPreference = 'system' | 'reduce'
export type TextSize = 'standard' | 'large' | 'larger'
export type ThemePreference = 'system' | 'light' | 'dark'

export interface Settings {
  readonly captions: boolean
  readonly motion: MotionPreference
  readonly textSize: TextSize
  readonly theme: ThemePreference
}

export const defaultSettings: Settings = {
  captions: true,
  motion: 'system',
  textSize: 'standard',
  theme: 'system',
}

export const settingsRecord: Record<Settings> = {
  key: 'stillpoint:settings',
  version: 1,
  defaults: defaultSettings,
  fields: {
    captions: v.boolean(),
    motion: v.picklist(['system', 'reduce']),
    textSize: v.picklist(['standard', 'large', 'larger']),
    theme: v.picklist(['system', 'light', 'dark']),
  },
}
