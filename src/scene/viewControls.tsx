import type { KeyboardEvent } from 'react'
import { Icon, type IconName } from '@/ui/Icon'
import type { CameraApi } from './sceneTypes'

type Move = readonly [number, number, number] | 'reset'

/** The view's buttons: each turns (radians), tilts, zooms (distance factor) or resets. */
const viewTools: readonly { label: string; icon: IconName; move: Move }[] = [
  { label: 'Turn left', icon: 'turnLeft', move: [-0.35, 0, 1] },
  { label: 'Turn right', icon: 'turnRight', move: [0.35, 0, 1] },
  { label: 'Zoom in', icon: 'plus', move: [0, 0, 0.8] },
  { label: 'Zoom out', icon: 'minus', move: [0, 0, 1.25] },
  { label: 'Reset view', icon: 'reset', move: 'reset' },
]

const apply = (api: CameraApi, move: Move) => {
  if (move === 'reset') api.reset()
  else api.orbit(...move)
}

/** Shift and an arrow: a small pan. */
const pans: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-0.08, 0],
  ArrowRight: [0.08, 0],
  ArrowUp: [0, 0.08],
  ArrowDown: [0, -0.08],
}

/** The arrows turn and tilt, plus and minus zoom, Home resets. */
const keyMoves: Readonly<Record<string, Move>> = {
  ArrowLeft: [-0.2, 0, 1],
  ArrowRight: [0.2, 0, 1],
  ArrowUp: [0, -0.12, 1],
  ArrowDown: [0, 0.12, 1],
  '+': [0, 0, 0.85],
  '=': [0, 0, 0.85],
  '-': [0, 0, 1.18],
  Home: 'reset',
}

/** Moves the camera for a key pressed on the view, and keeps the key from scrolling the page. */
export function viewKey(e: KeyboardEvent, api: CameraApi): void {
  if (e.shiftKey && e.key.startsWith('Arrow')) {
    const pan = pans[e.key]
    if (!pan) return
    e.preventDefault()
    api.pan(...pan)
    return
  }
  const move = keyMoves[e.key]
  if (!move) return
  e.preventDefault()
  apply(api, move)
}

/** The view's toolbar: turn, zoom and reset, each a button with a name. */
export function ViewTools({ camera }: { camera: { readonly current: CameraApi | null } }) {
  return (
    <div className="body-tools" role="toolbar" aria-label="View">
      {viewTools.map((tool) => (
        <button
          key={tool.label}
          type="button"
          className="button button-quiet"
          aria-label={tool.label}
          onClick={() => {
            if (camera.current) apply(camera.current, tool.move)
          }}
        >
          <Icon name={tool.icon} />
          {tool.move === 'reset' && <span className="tool-text">{tool.label}</span>}
        </button>
      ))}
    </div>
  )
}
