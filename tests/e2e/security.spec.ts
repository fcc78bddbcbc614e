import { expect, test } from './fixtures'

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name ?? '', values]),
  )
}

test('the production page carries a strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/')
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  const header = response?.headers()['content-security-policy']
  for (const policy of [meta, header]) {
    expect(policy).toBeTruthy()
    const d = directives(policy ?? '')
    for (const name of [
      'default-src',
      'script-src',
      'style-src',
      'connect-src',
      'img-src',
      'media-src',
      'font-src',
    ]) {
      expect(d.get(name), name).toEqual(["'self'"])
    }
    expect(d.get('object-src')).toEqual(["'none'"])
    expect(policy).not.toMatch(/\*|unsafe-inline|unsafe-eval|https?:|data:/)
  }
  expect(directives(header ?? '').get('frame-ancestors')).toEqual(["'none'"])
})

test('the built page has no inline script or style for the policy to forbid', async ({ page }) => {
  await page.goto('/')
  const inline = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    styles: document.querySelectorAll('style').length,
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on')),
    ).length,
  }))
  expect(inline).toEqual({ scripts: 0, styles: 0, handlers: 0 })
})

test('every screen loads only from its own origin', async ({ page, watch }) => {
  const requested: string[] = []
  page.on('request', (r) => requested.push(new URL(r.url()).pathname))
  for (const path of ['/', '/#/learn', '/#/learn/at-home', '/#/nowhere']) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  await page.getByRole('button', { name: 'Settings' }).click()
  // The app did fetch its own scripts, styles and fonts, and nothing else (checked by the watcher).
  expect(requested.some((p) => p.endsWith('.js'))).toBe(true)
  expect(requested.some((p) => p.endsWith('.woff2'))).toBe(true)
  expect(watch.foreignRequests).toEqual([])
})
