import { useAppState } from '@/state/useAppState'

const sourceText = {
  none: 'No clinic file was found, so Stillpoint uses its own defaults.',
  file: 'Read from clinic.json.',
  unreadable: 'clinic.json could not be read, so Stillpoint uses its own defaults.',
  kept: 'clinic.json could not be read, so this kiosk uses the last one it read.',
} as const

/**
 * What the clinic's configuration set, and what in it could not be used, for the staff who set
 * it up. Reached from Settings; the same problems are written to the console.
 */
export function ClinicSetup({ open = false }: { readonly open?: boolean }) {
  const clinic = useAppState((s) => s.clinic)
  const kiosk = useAppState((s) => s.kiosk)
  const problems = useAppState((s) => s.clinicProblems)
  const source = useAppState((s) => s.clinicSource)
  const rows: [string, string][] = [
    ['Name', clinic.name ?? 'not set'],
    ['Phone', clinic.phone ?? 'not set'],
    [
      'Colour',
      clinic.accent
        ? `${clinic.accent.light} (dark theme ${clinic.accent.dark})`
        : 'Stillpoint’s own',
    ],
    ['Journeys', clinic.journeys?.join(', ') ?? 'all'],
    ['This device', kiosk ? 'a waiting-room kiosk (set up on the device)' : 'not a kiosk'],
    ...(kiosk && clinic.kiosk
      ? ([
          ['Still there? after', `${clinic.kiosk.idleSeconds} seconds without a touch`],
          ['Then starts over in', `${clinic.kiosk.warningSeconds} seconds`],
          ['Attract screen', clinic.kiosk.attract ? 'on' : 'off'],
        ] as [string, string][])
      : []),
  ]
  return (
    <details className="clinic-setup" open={open}>
      <summary>Clinic setup</summary>
      <p>{sourceText[source]}</p>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {problems.length > 0 ? (
        <>
          <h3>
            {problems.length === 1 ? 'One setting was' : `${problems.length} settings were`} not
            used
          </h3>
          <ul className="clinic-problems">
            {problems.map((p) => (
              <li key={`${p.field}:${p.message}`}>
                <code>{p.field}</code>: {p.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        source === 'file' && <p>Every setting in the file was used.</p>
      )}
    </details>
  )
}
