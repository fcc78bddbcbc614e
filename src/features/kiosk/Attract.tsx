import { useEffect, useRef, useState } from 'react'
import { ATTRACT_LINE_SECONDS, attractInvite, attractLines, visitDoneLine } from '@/content/kiosk'
import { BodyView } from '@/scene/BodyView'
import { useReducedMotion } from '@/ui/useReducedMotion'
import { enterFullscreen } from './KioskLayer'
import './kiosk.css'

const focus = ['cranium', 'occiput', 'cervical', 'thoracic', 'lumbar', 'sacrum'] as const

/**
 * The kiosk's resting screen while no one is using it: the body turning in slow glides (still under
 * reduced motion), a few calm lines in turn, and one touch anywhere to begin. It makes no sound.
 */
export function Attract({
  onBegin,
  clinicName,
  thanks = false,
}: {
  readonly onBegin: () => void
  readonly clinicName?: string | undefined
  /** The last visitor pressed "I'm done": thank them, and say their visit is gone. */
  readonly thanks?: boolean
}) {
  const reducedMotion = useReducedMotion()
  const [line, setLine] = useState(0)
  const begin = useRef(onBegin)
  begin.current = () => {
    enterFullscreen()
    onBegin()
  }

  useEffect(() => {
    const id = window.setInterval(
      () => setLine((n) => (n + 1) % attractLines.length),
      ATTRACT_LINE_SECONDS * 1000,
    )
    // Any key begins too, as a touch does.
    const key = (e: KeyboardEvent) => {
      if (!e.ctrlKey && !e.altKey && !e.metaKey) begin.current()
    }
    window.addEventListener('keydown', key)
    return () => {
      window.clearInterval(id)
      window.removeEventListener('keydown', key)
    }
  }, [])

  return (
    <main id="main" className="attract" tabIndex={-1}>
      <div className="attract-body" aria-hidden="true">
        <BodyView
          pose="upright"
          shot="whole-body"
          focus={focus}
          reducedMotion={reducedMotion}
          description="A human figure, with the head, neck and spine lit."
          turn
        />
      </div>
      <div className="attract-words">
        <p className="attract-brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>Stillpoint</span>
          {clinicName && <span className="attract-clinic">at {clinicName}</span>}
        </p>
        <h1 className="attract-title">A calm guide to craniosacral therapy</h1>
        <p className="attract-thanks" role="status">
          {thanks ? visitDoneLine : ''}
        </p>
        <p key={line} className="attract-line">
          {attractLines[line]}
        </p>
      </div>
      <button type="button" className="attract-touch" onClick={() => begin.current()}>
        <span className="attract-invite">
          <span className="attract-hand" aria-hidden="true" />
          {attractInvite}
        </span>
      </button>
    </main>
  )
}
