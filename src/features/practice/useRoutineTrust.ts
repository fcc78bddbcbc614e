import { useEffect, useState } from 'react'
import type { RoutineLink } from '@/content/sharedRoutine'
import { checkRoutineLink, type RoutineTrust } from '@/state/routineTrust'
import { useAppState } from '@/state/useAppState'

/** How long to wait for the clinic's file before judging links without its keys. */
const CLINIC_WAIT_MS = 4000
const none: ReadonlyMap<string, RoutineTrust> = new Map()

/**
 * What this device can check about each link, by its code: null until the clinic's file has been
 * read (its keys decide) and every signature is checked, a few milliseconds. If the file is slow
 * to come, links are judged without its keys after a few seconds (none can then open as the
 * clinic's) and judged again when it comes; and again whenever the keys change (a lost device's
 * key taken out of clinic.json).
 */
export function useRoutineTrust(
  links: readonly RoutineLink[],
): ReadonlyMap<string, RoutineTrust> | null {
  const read = useAppState((s) => s.clinicRead)
  const keys = useAppState((s) => s.clinic.routineKeys)
  const codes = links.map((l) => l.code).join('\n')
  const [waited, setWaited] = useState(false)
  const [checked, setChecked] = useState<{
    readonly codes: string
    readonly keys: typeof keys
    readonly trust: ReadonlyMap<string, RoutineTrust>
  } | null>(null)
  useEffect(() => {
    if (read) return
    const timer = setTimeout(() => setWaited(true), CLINIC_WAIT_MS)
    return () => clearTimeout(timer)
  }, [read])
  // `codes` stands for `links`: the same links in a new array are not checked again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: codes stands for links
  useEffect(() => {
    if ((!read && !waited) || links.length === 0) return
    let live = true
    void Promise.all(links.map((l) => checkRoutineLink(l, keys ?? []))).then((results) => {
      if (!live) return
      const trust = new Map(links.map((l, i) => [l.code, results[i] as RoutineTrust]))
      setChecked({ codes, keys, trust })
    })
    return () => {
      live = false
    }
  }, [read, waited, keys, codes])
  if (links.length === 0) return none
  return checked && checked.codes === codes && checked.keys === keys ? checked.trust : null
}
