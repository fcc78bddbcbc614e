import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'

export interface HistoryReport {
  readonly practices: number
  /** The exported file's size, bytes. */
  readonly fileBytes: number
  /** From choosing the file to the "Bring in your practice?" dialog with its counts, ms. */
  readonly readMs: number
  /** From "Add them" to the history showing "Added …" and every practice counted, ms. */
  readonly addMs: number
  /** From navigating to #/history (a fresh page load) to its list shown, with them kept, ms (median of 3). */
  readonly openMs: number
  /** The same, with no practices kept, for comparison (median of 3). */
  readonly openEmptyMs: number
}

/** A version 2 export of `n` practices over the past years, as "Save as JSON" writes it. */
function exportOf(n: number): string {
  const now = Date.now()
  const routines = ['neck-and-shoulders', 'head-jaw-scalp', 'evening-rest', 'just-breathing']
  const practices = Array.from({ length: n }, (_, i) => {
    const at = now - (n - i) * 3 * 3_600_000
    return {
      id: `p-bench-${i}`,
      at,
      date: new Date(at).toISOString().slice(0, 16).concat('+00:00'),
      routine: routines[i % routines.length],
      routineTitle: 'Routine',
      minutes: 6,
      seconds: 340,
      completed: i % 7 !== 0,
      tensionBefore: 4 + (i % 5),
      tensionAfter: 1 + (i % 4),
    }
  })
  return JSON.stringify({
    app: 'Stillpoint',
    kind: 'practice-history',
    version: 2,
    exported: new Date(now).toISOString().slice(0, 16).concat('+00:00'),
    practices,
    routines: [],
  })
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

async function openHistory(browser: Browser, base: string, storageState?: string) {
  const times: number[] = []
  for (let k = 0; k < 3; k++) {
    const context = await browser.newContext({ serviceWorkers: 'block' })
    const page = await context.newPage()
    if (storageState) {
      await page.goto(`${base}/`)
      await page.evaluate(
        (log) => localStorage.setItem('stillpoint:practice-log', log),
        storageState,
      )
      await page.goto('about:blank')
    }
    const start = Date.now()
    await page.goto(`${base}/#/history`)
    await page
      .locator(storageState ? '.history-item' : '.history-empty')
      .first()
      .waitFor()
    times.push(Date.now() - start)
    await context.close()
  }
  return median(times)
}

/**
 * Brings a 10,000-practice export into a fresh browser through the history screen (as a person
 * would: choose the file, read the counts, "Add them"), then opens the history with them kept.
 */
export async function measureHistory(
  browser: Browser,
  base: string,
  n = 10_000,
): Promise<HistoryReport> {
  const text = exportOf(n)
  const file = join(tmpdir(), `stillpoint-bench-history-${n}.json`)
  writeFileSync(file, text)
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  await page.goto(`${base}/#/history`)
  await page.locator('input[type="file"]').waitFor({ state: 'attached' })
  let start = Date.now()
  await page.locator('input[type="file"]').setInputFiles(file)
  const dialog = page.getByRole('dialog', { name: 'Bring in your practice?' })
  await dialog.getByText(`This file adds ${n} practices`).waitFor({ timeout: 60_000 })
  const readMs = Date.now() - start
  start = Date.now()
  await dialog.getByRole('button', { name: 'Add them' }).click()
  await page.getByText(/^Added /).waitFor({ timeout: 60_000 })
  await page.getByRole('button', { name: `Show all ${n}` }).waitFor({ timeout: 60_000 })
  const addMs = Date.now() - start
  const kept = (await page.evaluate(() => localStorage.getItem('stillpoint:practice-log'))) ?? ''
  await context.close()
  return {
    practices: n,
    fileBytes: Buffer.byteLength(text),
    readMs,
    addMs,
    openMs: await openHistory(browser, base, kept),
    openEmptyMs: await openHistory(browser, base),
  }
}
