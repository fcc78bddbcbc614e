// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { kioskFlags } from '../tools/kioskFlags'

const script = 'public/kiosk/launch-kiosk.sh'
const shipped = JSON.parse(readFileSync('public/kiosk/stillpoint-kiosk-policy.json', 'utf8'))

describe('the kiosk’s Chromium policy and launch script', () => {
  it('turns off developer tools, printing, downloads and file pickers, and every other address', () => {
    expect(shipped).toMatchObject({
      DeveloperToolsAvailability: 2,
      PrintingEnabled: false,
      DownloadRestrictions: 3,
      AllowFileSelectionDialogs: false,
      URLBlocklist: ['*'],
      IncognitoModeAvailability: 1,
      BrowserGuestModeEnabled: false,
    })
  })

  it('installs the policy with only the site’s own origin allowed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stillpoint-policy-'))
    execFileSync('sh', [script, 'install-policy', 'https://clinic.example:8443/stillpoint/'], {
      env: { ...process.env, STILLPOINT_POLICY_DIR: dir },
    })
    const written = JSON.parse(readFileSync(join(dir, 'stillpoint-kiosk.json'), 'utf8'))
    expect(written.URLAllowlist).toEqual(['https://clinic.example:8443'])
    expect({ ...written, URLAllowlist: shipped.URLAllowlist }).toEqual(shipped)
  })

  it('refuses an address that is not secure (WebCrypto, and so the staff PIN, needs one)', () => {
    expect(() =>
      execFileSync('sh', [script, 'start', 'http://clinic.example'], { stdio: 'pipe' }),
    ).toThrow(/secure address/)
  })

  it('launches with the flags the launch check starts, as the README shows them', () => {
    const text = readFileSync(script, 'utf8')
    const readme = readFileSync('README.md', 'utf8')
    for (const flag of kioskFlags) {
      expect(text, flag).toContain(flag)
      expect(readme, flag).toContain(flag)
    }
  })
})
