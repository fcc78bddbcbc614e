import { createStore } from 'zustand/vanilla'
import type { ClinicConfig, ClinicDefaults, ClinicProblem } from './clinic'
import type { ClinicSource } from './clinicFile'
import { device } from './device'
import { defaultSettings, type Settings, settingsRecord } from './settings'
import { createStorage, type LoadOutcome, listenForOtherWindows, type Storage } from './storage'

export interface AppState {
  readonly settings: Settings
  /** How the saved settings were found at start-up; 'damaged' shows a calm notice once. */
  readonly settingsLoad: LoadOutcome
  /** Whether the last change could be saved on this device. */
  readonly saveFailed: boolean
  readonly noticeDismissed: boolean
  readonly clinic: ClinicConfig
  /** What could not be used in the clinic's file, for the Clinic setup panel. */
  readonly clinicProblems: readonly ClinicProblem[]
  readonly clinicSource: ClinicSource
  /**
   * The clinic's file has been read (or found missing) at least once. Until then its routine
   * keys are unknown, so no link is judged yet.
   */
  readonly clinicRead: boolean
  /**
   * This device is an enrolled waiting-room kiosk: what is shown leaves nothing behind and opens
   * nothing outside the app (phone numbers as text, no links out).
   */
  readonly kiosk: boolean
  setKiosk(on: boolean): void
  setSetting<K extends keyof Settings>(key: K, value: Settings[K]): void
  /** Takes the settings another window saved (the latest choice of each wins). */
  reloadSettings(): void
  resetSettings(): void
  dismissNotice(): void
  /** Guided runs playing now, by id: narration counts as use on a kiosk. */
  readonly playing: readonly string[]
  setPlaying(id: string, on: boolean): void
  /** Forgets the visitor: settings back to the clinic's defaults, notices, what was playing. */
  resetVisitor(): void
  /**
   * Takes the clinic's configuration. Its default settings apply to a person who has not chosen
   * their own (nothing saved, nothing changed yet); they are not saved for them.
   */
  setClinic(clinic: ClinicConfig, problems?: readonly ClinicProblem[], source?: ClinicSource): void
}

/** Settings with a clinic's defaults on top. */
export function withClinicDefaults(settings: Settings, d: ClinicDefaults | undefined): Settings {
  if (!d) return settings
  const volume = d.volume
  return {
    ...settings,
    ...(d.theme && { theme: d.theme }),
    ...(d.textSize && { textSize: d.textSize }),
    ...(d.captions !== undefined && { captions: d.captions }),
    ...(d.bed && { bed: d.bed }),
    ...(volume !== undefined && {
      voiceVolume: volume,
      ambientVolume: defaultSettings.ambientVolume * volume,
      chimeVolume: defaultSettings.chimeVolume * volume,
    }),
  }
}

/** Creates the app store over a storage module. The app makes one; tests make their own. */
export function createAppStore(storage: Storage) {
  const loaded = storage.load(settingsRecord)
  let chosen = loaded.outcome === 'ok' || loaded.outcome === 'damaged'
  return createStore<AppState>((set, get) => {
    const persist = (settings: Settings) => {
      chosen = true
      set({ settings, saveFailed: !storage.save(settingsRecord, settings) })
    }
    return {
      settings: loaded.value,
      settingsLoad: loaded.outcome,
      saveFailed: false,
      noticeDismissed: false,
      clinic: {},
      clinicProblems: [],
      clinicSource: 'none',
      clinicRead: false,
      kiosk: false,
      setKiosk(on) {
        set({ kiosk: on })
      },
      setSetting(key, value) {
        // Another window may have changed other settings since: this choice goes on top of what
        // is stored now, not on top of this window's memory.
        const stored = storage.load(settingsRecord)
        const base = stored.outcome === 'ok' ? stored.value : get().settings
        persist({ ...base, [key]: value })
      },
      resetSettings() {
        persist(withClinicDefaults(defaultSettings, get().clinic.defaults))
      },
      reloadSettings() {
        const stored = storage.load(settingsRecord)
        if (stored.outcome !== 'ok') return
        chosen = true
        set({ settings: stored.value })
      },
      dismissNotice() {
        set({ noticeDismissed: true })
      },
      playing: [],
      setPlaying(id, on) {
        const now = get().playing.filter((p) => p !== id)
        set({ playing: on ? [...now, id] : now })
      },
      resetVisitor() {
        chosen = false
        set({
          settings: withClinicDefaults(defaultSettings, get().clinic.defaults),
          settingsLoad: 'empty',
          saveFailed: false,
          noticeDismissed: false,
        })
      },
      setClinic(clinic, problems = [], source = 'file') {
        set({ clinic, clinicProblems: problems, clinicSource: source, clinicRead: true })
        if (!chosen) set({ settings: withClinicDefaults(defaultSettings, clinic.defaults) })
      },
    }
  })
}

export type AppStore = ReturnType<typeof createAppStore>

/** The app's one store, over the browser's localStorage. */
export const appStore: AppStore = createAppStore(createStorage(device))
device.onForget(() => appStore.getState().resetVisitor())
device.onRestore(() => appStore.getState().reloadSettings())
listenForOtherWindows([settingsRecord.key], () => appStore.getState().reloadSettings())
