/**
 * The keys the scripts before the first paint read (src/app/beforePaint.ts), written out: the build
 * reads that file and routes.ts on their own, without the rest of the app's modules, and the app's
 * first download reads the safety key too (openings.tsx). beforePaint.test.ts holds them to the
 * app's own records.
 */
export const SETTINGS_KEY = 'stillpoint:settings'
export const KIOSK_KEY = 'stillpoint-device:kiosk'
export const SAFETY_KEY = 'stillpoint:safety'
