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
    // Scripts: the app's own files, and the one inline before-paint script by its hash.
    expect(d.get('script-src')?.[0]).toBe("'self'")
    expect(d.get('script-src')?.slice(1)).toEqual([expect.stringMatching(/^'sha256-[\w+/=]{44}'$/)])
    for (const name of [
      'default-src',
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

test('the built page has nothing inline for the policy to forbid, and its one script is allowed by its hash', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/')).text()
  // As the server sends it, before any script runs: no style attribute, no style element.
  expect(html).not.toMatch(/\sstyle=|<style/)
  await page.goto('/')
  const inline = await page.evaluate(async () => {
    const scripts = [...document.querySelectorAll('script')].filter((s) => !s.src)
    const digest = async (text: string) =>
      btoa(
        String.fromCharCode(
          ...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))),
        ),
      )
    return {
      scripts: scripts.length,
      hashes: await Promise.all(scripts.map((s) => digest(s.textContent ?? ''))),
      styles: document.querySelectorAll('style').length,
      handlers: [...document.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on')),
      ).length,
    }
  })
  expect(inline).toMatchObject({ scripts: 1, styles: 0, handlers: 0 })
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(policy).toContain(`'sha256-${inline.hashes[0]}'`)
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
