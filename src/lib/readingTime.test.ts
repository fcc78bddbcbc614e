import { expect, it } from 'vitest'
import { readingMinutes } from './readingTime'

it('rounds reading time to whole minutes, never below one', () => {
  expect(readingMinutes('')).toBe(1)
  expect(readingMinutes('word '.repeat(100))).toBe(1)
  expect(readingMinutes('word '.repeat(900))).toBe(5)
})
