import { expect, type Page } from '@playwright/test'
import { settled, test } from './fixtures'

/** Presses Tab until focus leaves the page or comes round again; returns each control reached. */
async function tabThrough(page: Page, limit: number): Promise<string[]> {
  const reached: string[] = []
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return ''
      const label = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''
      const visible = el.getClientRects().length > 0
      return `${el.tagName.toLowerCase()}:${label.slice(0, 40)}${visible ? '' : ' (invisible)'}`
    })
    if (name === '' || reached.includes(name)) break
    reached.push(name)
  }
  return reached
}

test('keyboard alone reaches every control on the home screen, in reading order', async ({
  page,
}) => {
  await page.goto('/')
  // The first render is a React transition: on a busy machine it can commit after the load event.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await settled(page)
  const reached = await tabThrough(page, 20)
  expect(reached).toEqual([
    'button:Skip to content',
    'a:Stillpoint, home',
    'button:Settings',
    expect.stringMatching(/^a:Preview a session/),
    expect.stringMatching(/^a:Practice at home/),
    expect.stringMatching(/^a:Learn about CST/),
    expect.stringMatching(/^a:Explore the body/),
    'a:Your practice and reminders',
    'a:See what happens in a session',
  ])
})

test('keyboard alone uses settings: open, change with arrows, close with Escape', async ({
  page,
}) => {
  await page.goto('/')
  await settled(page)
  const settings = page.getByRole('button', { name: 'Settings' })
  await settings.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  await expect(dialog).toBeVisible()
  // Tab order inside the dialog: close, captions, then each radio group, then reset.
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('switch', { name: 'Captions' })).toBeFocused()
  await page.keyboard.press('Space')
  await expect(dialog.getByRole('switch', { name: 'Captions' })).not.toBeChecked()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('radio', { name: 'Standard' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(dialog.getByRole('radio', { name: 'Large', exact: true })).toBeChecked()
  await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowRight')
  await expect(dialog.getByRole('radio', { name: 'Reduce motion' })).toBeChecked()
  await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(dialog.getByRole('radio', { name: 'Dark' })).toBeChecked()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Reset to defaults' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.locator('summary', { hasText: 'Clinic setup' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(
    dialog.getByRole('link', { name: 'For clinicians: make a routine for a patient' }),
  ).toBeFocused()
  // Focus stays inside the open dialog.
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(settings).toBeFocused()
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
})

test('keyboard alone reads Learn: skip link, contents, and a jump to a section', async ({
  page,
}) => {
  await page.goto('/#/learn')
  // As on the home screen: the first render can commit after the load event on a busy machine.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Craniosacral therapy, in plain words' }),
  ).toBeVisible()
  await settled(page)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
  await page.keyboard.press('Tab')
  const first = page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first()
  await expect(first).toBeFocused()
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  const heading = page.getByRole('heading', { level: 2, name: 'What happens in a session?' })
  await expect(heading).toBeFocused()
  await expect(heading).toBeInViewport()
  const reached = await tabThrough(page, 60)
  expect(reached.filter((r) => r.includes('(invisible)'))).toEqual([])
  expect(reached).toContain('a:Back to the home screen')
})
