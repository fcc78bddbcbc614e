// `npm audit --omit=dev`, failing on any high or critical advisory. When the registry this
// machine reaches does not serve the advisory endpoint, it says so plainly instead of passing
// silently or failing for a reason that is not the project's.
import { spawnSync } from 'node:child_process'

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
let report
try {
  report = JSON.parse(run.stdout)
} catch {
  console.error('npm audit printed no JSON:\n', run.stdout, run.stderr)
  process.exit(1)
}

if (report.statusCode && !report.metadata) {
  console.warn(
    `npm audit: the registry answered ${report.statusCode} to the advisory request, so no advisory data is available on this machine. Production dependencies were NOT audited.`,
  )
  process.exit(0)
}

const counts = report.metadata?.vulnerabilities ?? {}
const serious = (counts.high ?? 0) + (counts.critical ?? 0)
console.log(`npm audit (production dependencies): ${JSON.stringify(counts)}`)
if (serious > 0) {
  console.error(`${serious} high or critical advisories in production dependencies.`)
  process.exit(1)
}
