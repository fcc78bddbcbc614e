import { describe, expect, it } from 'vitest'
import { clockTime, spokenTime } from './time'

describe('time text', () => {
  it('shows minutes and padded seconds, never negative', () => {
    expect(clockTime(0)).toBe('0:00')
    expect(clockTime(65.9)).toBe('1:05')
    expect(clockTime(374.6)).toBe('6:14')
    expect(clockTime(-3)).toBe('0:00')
  })
  it('says the time in words', () => {
    expect(spokenTime(1)).toBe('1 second')
    expect(spokenTime(59)).toBe('59 seconds')
    expect(spokenTime(60)).toBe('1 minute')
    expect(spokenTime(125)).toBe('2 minutes 5 seconds')
  })
})
