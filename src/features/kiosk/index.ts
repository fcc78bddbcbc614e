// The kiosk's chunk: loaded only where kiosk mode is on.
export { Attract } from './Attract'
export { KioskLayer } from './KioskLayer'
export { KioskSetup } from './KioskSetup'
export { VisitorTextSize } from './VisitorTextSize'
