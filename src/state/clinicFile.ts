import { type ClinicConfig, type ClinicProblem, parseClinicConfig } from './clinic'

/**
 * How the clinic file was found: not there, read, unreadable, or (on an enrolled kiosk whose
 * file could not be read) the last one this device validated.
 */
export type ClinicSource = 'none' | 'file' | 'unreadable' | 'kept'

/** What reading the clinic file gave: the configuration, its problems, and the file as read. */
export interface LoadedClinic {
  readonly config: ClinicConfig
  readonly problems: ClinicProblem[]
  readonly source: ClinicSource
  /** The parsed file, when there was one to keep. */
  readonly raw?: unknown
}

/**
 * Reads `clinic.json` from the site once at start. No file: defaults, silently. A file that
 * cannot be read or parsed: defaults, with the reason listed.
 */
export async function loadClinicConfig(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadedClinic> {
  let response: Response
  try {
    response = await fetchImpl(url, { cache: 'no-cache' })
  } catch {
    return { config: {}, problems: [], source: 'none' }
  }
  if (response.status === 404) return { config: {}, problems: [], source: 'none' }
  if (!response.ok) {
    return {
      config: {},
      problems: [
        {
          field: 'clinic.json',
          message: `The server answered ${response.status} for the file, so defaults apply.`,
        },
      ],
      source: 'unreadable',
    }
  }
  let raw: unknown
  try {
    raw = JSON.parse(await response.text())
  } catch {
    return {
      config: {},
      problems: [
        {
          field: 'clinic.json',
          message:
            'The file is not valid JSON (a stray comma, or a web page where the file should be), so defaults apply.',
        },
      ],
      source: 'unreadable',
    }
  }
  return { ...parseClinicConfig(raw), source: 'file', raw }
}
