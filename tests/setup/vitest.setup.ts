import { configure } from '@testing-library/react'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

// jsdom does no layout: scrolling is a no-op there (real scrolling is covered in Chromium).
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = () => {}
}

// Waits are for a condition, never a set time: on a busy 2-core CI machine a render can take well
// over Testing Library's default second, so waitFor and findBy give it four (a passing test waits
// no longer for it; only a failing one does).
configure({ asyncUtilTimeout: 4_000 })
