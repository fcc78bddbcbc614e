import { appStore } from '@/state/appStore'
import type { MotionPreference, TextSize, ThemePreference } from '@/state/settings'
import { useAppState } from '@/state/useAppState'
import { ChoiceGroup } from '@/ui/ChoiceGroup'
import { Dialog } from '@/ui/Dialog'
import { Switch } from '@/ui/Switch'
import { ClinicSetup } from './ClinicSetup'

interface SettingsDialogProps {
  readonly open: boolean
  readonly onClose: () => void
  /** Offer the clinicians' routine maker (not to a kiosk's visitors). */
  readonly clinicianLink?: boolean
  /** Show what the clinic's file set (not to a kiosk's visitors: staff see it in their menu). */
  readonly clinicSetup?: boolean
}

const textSizes = [
  { value: 'standard', label: 'Standard' },
  { value: 'large', label: 'Large' },
  { value: 'larger', label: 'Larger' },
] as const satisfies readonly { value: TextSize; label: string }[]

const motions = [
  { value: 'system', label: 'Match my device' },
  { value: 'reduce', label: 'Reduce motion' },
] as const satisfies readonly { value: MotionPreference; label: string }[]

const themes = [
  { value: 'system', label: 'Match my device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const satisfies readonly { value: ThemePreference; label: string }[]

/** The settings panel: every change applies at once and is saved on this device. */
export function SettingsDialog({
  open,
  onClose,
  clinicianLink = false,
  clinicSetup = true,
}: SettingsDialogProps) {
  const settings = useAppState((s) => s.settings)
  const saveFailed = useAppState((s) => s.saveFailed)
  const { setSetting, resetSettings } = appStore.getState()

  return (
    <Dialog open={open} title="Settings" onClose={onClose}>
      <Switch
        label="Captions"
        hint="Show the spoken words on screen."
        checked={settings.captions}
        onChange={(on) => setSetting('captions', on)}
      />
      <ChoiceGroup
        legend="Text size"
        value={settings.textSize}
        options={textSizes}
        onChange={(value) => setSetting('textSize', value)}
      />
      <ChoiceGroup
        legend="Motion"
        hint="Reduce motion turns off animations and camera flights."
        value={settings.motion}
        options={motions}
        onChange={(value) => setSetting('motion', value)}
      />
      <ChoiceGroup
        legend="Theme"
        value={settings.theme}
        options={themes}
        onChange={(value) => setSetting('theme', value)}
      />
      <div className="settings-footer">
        <p className="field-hint" role="status">
          {saveFailed
            ? 'This browser is not letting Stillpoint save, so your choices last until you close it.'
            : 'Your choices are saved on this device only.'}
        </p>
        <button type="button" className="button" onClick={resetSettings}>
          Reset to defaults
        </button>
      </div>
      {clinicSetup && <ClinicSetup />}
      {clinicianLink && (
        <p className="settings-clinician">
          <a href="#/clinician">For clinicians: make a routine for a patient</a>
        </p>
      )}
    </Dialog>
  )
}
