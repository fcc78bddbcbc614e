import { Howl, Howler } from 'howler'
import type { Track, TrackFailure } from './track'

// howler 2.2.4 empties a streaming element by pointing it at a data: URI, which the app's CSP
// (media-src 'self') refuses. Emptying it the standard way releases it just the same.
;(Howl.prototype as unknown as { _clearSound: (node: HTMLMediaElement) => void })._clearSound = (
  node,
) => {
  node.removeAttribute('src')
  node.load()
}

// howler makes its AudioContext on the first sound or volume call, and on some devices (and in
// headless Chromium here) that takes hundreds of milliseconds on the page's thread. Streamed
// sounds (the voice) play through media elements and need none, so web audio stays off until a
// decoded sound (a bed, the chime) is made: on the run's first play or the person's first touch.
if (!Howler.ctx) Howler.usingWebAudio = false
let webAudio = false
function allowWebAudio() {
  if (webAudio) return
  webAudio = true
  if (!Howler.ctx) Howler.usingWebAudio = true
}

// Streamed sounds (the voice) play through media elements. Where a browser lets a media element
// start on its own only once a tap has started it (iPhones), howler unlocks its elements on the
// first touch, but only when web audio is on, which it is not until a bed or the chime is made.
// Without that, howler found its pool of unlocked elements empty for every streamed sound made
// before a tap (the Preview's narration; each step's clip of a routine, all made when the routine
// opens), probed with a stray element whether sound was allowed, warned "HTML5 Audio pool
// exhausted", and handed out an element that, on an iPhone, would stay silent when the routine's
// clock started it after the first step. So each streamed sound gets its own element here, and the
// first tap or key press starts and at once pauses every such element that is not playing (the
// same unlock, muted, that a tap on Play gives the element it plays). It listens on the window,
// after the gesture's own handlers: the element a tap on Play starts is playing by then and is left
// alone (started and paused first, it went through a second seek, 10 to 20 ms more before the
// first word).
type MediaElement = HTMLAudioElement & { _unlocked?: boolean }
const howlerPool = (Howler as unknown as { _html5AudioPool: MediaElement[] })._html5AudioPool
const streamedElements = new Set<MediaElement>()
let unlockListening = false
const GESTURES = ['touchend', 'click', 'keydown'] as const

function unlockStreamed() {
  for (const type of GESTURES) window.removeEventListener(type, unlockStreamed)
  unlockListening = false
  for (const node of streamedElements) {
    if (node._unlocked) continue
    node._unlocked = true
    if (!node.paused) continue
    const muted = node.muted
    node.muted = true
    // The element is allowed from the moment play() is called in the tap; pausing straight away
    // leaves its position where it was. The play promise then rejects (paused): nothing to report.
    node.play()?.catch(() => undefined)
    node.pause()
    node.muted = muted
  }
}

/**
 * The element howler will take for the next streamed sound: one it released from an unloaded
 * sound (already unlocked), or a new one, put in its pool. Remembered until the sound unloads.
 */
function streamedElement(): MediaElement {
  let node = howlerPool.at(-1)
  if (!node) {
    node = new Audio()
    howlerPool.push(node)
  }
  streamedElements.add(node)
  if (!unlockListening) {
    unlockListening = true
    for (const type of GESTURES) window.addEventListener(type, unlockStreamed)
  }
  return node
}

export interface HowlTrackOptions {
  /** Candidate files, best first; the browser plays the first it can. */
  readonly src: readonly string[]
  /** Stream through a media element (long narration: no big decoded buffer in memory). */
  readonly stream: boolean
  readonly loop?: boolean
  readonly volume?: number
}

/** A {@link Track} backed by one howler sound. */
export function createHowlTrack({
  src,
  stream,
  loop = false,
  volume = 1,
}: HowlTrackOptions): Track {
  if (!stream) allowWebAudio()
  // Every sound starts loading when it is made. (A streamed voice that waited for its first play
  // took Lighthouse's Preview from about 75 to about 85, but then the media element handled the
  // file's chunks on the page's thread during the first seconds of playback, and on a busy machine
  // captions fell 400-600 ms behind the voice. Fetching it 2.5 s after the page settled did the
  // same: "can play" comes early, and the rest of the file arrived while it spoke; 460 ms late in
  // a fresh-clone CI run, and a paused body drew frames as the chunks came in.)
  // howler takes the element for a streamed sound from its pool as the sound is made.
  const element = stream ? streamedElement() : undefined
  const howl = new Howl({ src: [...src], html5: stream, loop, volume, preload: true })
  let id: number | undefined
  const playing: (() => void)[] = []
  let moved = false
  const failures: ((f: TrackFailure) => void)[] = []
  howl.on('loaderror', () => {
    for (const f of failures) f('load')
  })
  howl.on('playerror', () => {
    for (const f of failures) f('play')
  })
  return {
    position() {
      const p = id === undefined ? howl.seek() : howl.seek(id)
      return typeof p === 'number' ? p : 0
    },
    duration: () => howl.duration(),
    loaded: () => howl.state() === 'loaded',
    play() {
      moved = true
      if (id !== undefined && howl.playing(id)) return
      id = id === undefined ? howl.play() : howl.play(id)
    },
    pause() {
      if (id !== undefined) howl.pause(id)
    },
    seek(t) {
      // A sound never played nor moved is at its start. Moved there all the same, its media
      // element seeks: it drops to "metadata only", and howler's play then waits for "can play
      // through" and seeks again, which held back the first word of a first press of Play by 15
      // to 40 ms. (Anything later goes through howler, whose own idea of the position, not the
      // element's, is where its next play starts.)
      if (t === 0 && !moved) return
      moved = true
      if (id === undefined) howl.seek(t)
      else howl.seek(t, id)
    },
    setVolume(v) {
      if (id === undefined) howl.volume(v)
      else howl.volume(v, id)
    },
    fade(to, ms) {
      if (id === undefined) {
        howl.volume(to)
        return
      }
      const from = howl.volume(id) as number
      // howler 2.2.4 never ends a fade from a volume to the same volume: its interval runs on
      // for good, holding the sound and everything it refers to (a bed released while silent
      // did that once per visit on a kiosk). Already there: just set it.
      if (Math.abs(to - from) < 0.001) howl.volume(to, id)
      else howl.fade(from, to, ms, id)
    },
    volume: () => (id === undefined ? howl.volume() : (howl.volume(id) as number)),
    on(event, handler) {
      if (event === 'play' && element) {
        // A streamed sound has started when its element says so ("playing"). howler's own "play"
        // comes a timer later, behind whatever the page does next, and a busy page held it back
        // by up to 100 ms: the clock read the voice as silent while it spoke.
        element.addEventListener('playing', handler)
        playing.push(handler)
      } else howl.on(event, handler)
    },
    onFailure(handler) {
      failures.push(handler)
    },
    unload() {
      // Stopping ends any fade still running (howler's unload leaves a paused sound's fade be).
      howl.stop()
      howl.unload()
      if (element) {
        // The element goes back to howler's pool for the next sound: without this sound's ears.
        for (const handler of playing) element.removeEventListener('playing', handler)
        streamedElements.delete(element)
      }
    },
  }
}
