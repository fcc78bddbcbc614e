import { sourceCredit } from '@/content/trust'
import { expect, settled, test } from './fixtures'

const questions = [
  'What is craniosacral therapy?',
  'What might it help with?',
  'Who is it for, and when should you wait?',
  'What happens in a session?',
  'Who performs it?',
  'What are the benefits and risks?',
  'When should you contact your provider?',
  'What can you do at home between visits?',
]

test('Learn answers every question, credits its source and shows no made-up number', async ({
  page,
}) => {
  await page.goto('/#/learn')
  for (const q of questions)
    await expect(page.getByRole('heading', { level: 2, name: q })).toBeVisible()
  await expect(page.getByText(sourceCredit)).toBeVisible()
  await expect(page.locator('a[href^="tel:"]')).toHaveCount(0)
  await expect(page.getByText('It is not craniosacral therapy.', { exact: false })).toBeVisible()
})

test('a deep link opens Learn at its section', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/#/learn/when-to-call')
  await settled(page)
  const heading = page.getByRole('heading', {
    level: 2,
    name: 'When should you contact your provider?',
  })
  await expect(heading).toBeFocused()
  await expect(heading).toBeInViewport()
})

test('the contents list jumps to a section and the back button returns to the top', async ({
  page,
}) => {
  await page.goto('/#/learn')
  await settled(page)
  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: 'Who performs it?' })
    .click()
  const heading = page.getByRole('heading', { level: 2, name: 'Who performs it?' })
  await expect(heading).toBeInViewport()
  await expect(page).toHaveURL(/#\/learn\/who-does-it$/)
  await page.goBack()
  await expect(page).toHaveURL(/#\/learn$/)
})

test('an unknown section link keeps the whole page with a calm note', async ({ page }) => {
  await page.goto('/#/learn/side-effects-of-everything')
  await expect(page.getByRole('status')).toContainText('here is everything from the start')
  await expect(page.getByRole('heading', { level: 2, name: questions[0] })).toBeVisible()
})
