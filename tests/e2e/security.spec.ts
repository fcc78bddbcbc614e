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
    // Scripts and styles: the app's own files, and the page's inline scripts (before the first
    // paint, and where the page ends) and its one inline stylesheet, each by its hash.
    const hash = expect.stringMatching(/^'sha256-[\w+/=]{44}'$/)
    for (const [name, inline] of [
      ['script-src', 2],
      ['style-src', 1],
    ] as const) {
      expect(d.get(name)?.[0], name).toBe("'self'")
      expect(d.get(name)?.slice(1), name).toEqual(Array(inline).fill(hash))
    }
    for (const name of ['default-src', 'connect-src', 'img-src', 'media-src', 'font-src']) {
      expect(d.get(name), name).toEqual(["'self'"])
    }
    expect(d.get('object-src')).toEqual(["'none'"])
    expect(policy).not.toMatch(/\*|unsafe-inline|unsafe-eval|https?:|data:/)
  }
  expect(directives(header ?? '').get('frame-ancestors')).toEqual(["'none'"])
})

test('the built page has nothing inline for the policy to forbid, and its two scripts and one stylesheet are allowed by their hashes', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/')).text()
  // As the server sends it, before any script runs: no style attribute anywhere.
  expect(html).not.toMatch(/\sstyle=/)
  const response = await page.goto('/')
  const inline = await page.evaluate(async () => {
    const digest = async (text: string) =>
      btoa(
        String.fromCharCode(
          ...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))),
        ),
      )
    const scripts = [...document.querySelectorAll('script')].filter((s) => !s.src)
    const styles = [...document.querySelectorAll('style')]
    return {
      scripts: await Promise.all(scripts.map((s) => digest(s.textContent ?? ''))),
      styles: await Promise.all(styles.map((s) => digest(s.textContent ?? ''))),
      // The stylesheet is the page's whole look, not a stray element.
      styleRules: styles[0]?.sheet?.cssRules.length ?? 0,
      handlers: [...document.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on')),
      ).length,
    }
  })
  expect(inline).toMatchObject({ handlers: 0 })
  // Two scripts: the one before the first paint, and the one where the page ends (Learn's top).
  expect(inline.scripts).toHaveLength(2)
  expect(inline.styles).toHaveLength(1)
  expect(inline.styleRules).toBeGreaterThan(100)
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  for (const policy of [meta, response?.headers()['content-security-policy']]) {
    const d = directives(policy ?? '')
    for (const script of inline.scripts) expect(d.get('script-src')).toContain(`'sha256-${script}'`)
    expect(d.get('style-src')).toContain(`'sha256-${inline.styles[0]}'`)
  }
})

test('every screen loads only from its own origin', async ({ page, watch }) => {
  const requested: string[] = []
  page.on('request', (r) => requested.push(new URL(r.url()).pathname))
  for (const path of ['/', '/#/learn', '/#/learn/at-home', '/#/nowhere']) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  await page.getByRole('button', { name: 'Settings' }).click()
  // The app did fetch its own scripts and fonts, and nothing else (checked by the watcher).
  expect(requested.some((p) => p.endsWith('.js'))).toBe(true)
  expect(requested.some((p) => p.endsWith('.woff2'))).toBe(true)
  expect(watch.foreignRequests).toEqual([])
})
