/**
 * The flags a dedicated kiosk screen starts Chromium with, besides its window size and profile:
 * `public/kiosk/launch-kiosk.sh start` gives them, `kiosk-launch.ts` starts exactly these under
 * Xvfb, and the README shows them (`tests/unit/kioskPolicy.test.ts` keeps all three in step).
 */
export const kioskFlags = [
  '--kiosk',
  '--window-position=0,0',
  '--noerrdialogs',
  '--disable-session-crashed-bubble',
  '--disable-infobars',
  '--no-first-run',
  '--disable-pinch',
  '--overscroll-history-navigation=0',
  '--disable-features=Translate',
  '--check-for-update-interval=31536000',
] as const
