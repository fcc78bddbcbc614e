// Fails early, with the fix, when the browser the end-to-end tests drive is missing.
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(path)) {
  console.error(`\nThe browser tests need Chromium at ${path}, and it is not there.
Install Debian's Chromium with:

  sudo apt-get update && sudo apt-get install -y chromium

or point CHROMIUM_PATH at another Chromium binary. (Nothing is downloaded by the tests themselves.)\n`)
  process.exit(1)
}
