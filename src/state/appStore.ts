import { createStore } from 'zustand/vanilla'
import type { ClinicConfig } from './clinic'
import { defaultSettings, type Settings, settingsRecord } from './settings'
import { browserStorage, createStorage, type LoadOutcome, type Storage } from './storage'

export interface AppState {
  readonly settings: Settings
  /** How the saved settings were found at start-up; 'damaged' shows a calm notice once. */
  readonly settingsLoad: LoadOutcome
  /** Whether the last change could be saved on this device. */
  readonly saveFailed: boolean
  readonly noticeDismissed: boolean
  readonly clinic: ClinicConfig
  setSetting<K extends keyof Settings>(key: K, value: Settings[K]): void
  resetSettings(): void
  dismissNotice(): void
  setClinic(clinic: ClinicConfig): void
}

/** Creates the app store over a storage module. The app makes one; tests make their own. */
export function createAppStore(storage: Storage) {
  const loaded = storage.load(settingsRecord)
  return createStore<AppState>((set, get) => {
    const persist = (settings: Settings) => {
      set({ settings, saveFailed: !storage.save(settingsRecord, settings) })
    }
    return {
      settings: loaded.value,
      settingsLoad: loaded.outcome,
      saveFailed: false,
      noticeDismissed: false,
      clinic: {},
      setSetting(key, value) {
        persist({ ...get().settings, [key]: value })
      },
      resetSettings() {
        persist(defaultSettings)
      },
      dismissNotice() {
        set({ noticeDismissed: true })
      },
      setClinic(clinic) {
        set({ clinic })
      },
    }
  })
}

export type AppStore = ReturnType<typeof createAppStore>

/** The app's one store, over the browser's localStorage. */
export const appStore: AppStore = createAppStore(createStorage(browserStorage()))
