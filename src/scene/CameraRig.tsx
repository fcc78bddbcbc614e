import { useFrame, useThree } from '@react-three/fiber'
import { useCallback, useEffect, useRef } from 'react'
import { PerspectiveCamera, Vector3 } from 'three'
import type { Framing, ShotId, Vec3 } from '@/content/shots'
import {
  type CameraPose,
  clampTarget,
  damp,
  fitPosition,
  framingPose,
  mixPose,
  orbitStep,
} from './orbit'
import type { RunFrame } from './runClock'
import type { CameraApi } from './sceneTypes'

/** A guided run the camera follows instead of its own glides. */
export interface RigRun {
  /** The run as drawn in this frame. */
  readonly frame: () => RunFrame | null
  readonly framingOf: (shot: ShotId) => Framing
}

interface CameraRigProps {
  readonly framing: Framing
  readonly reducedMotion: boolean
  readonly apiRef: { current: CameraApi | null }
  readonly run?: RigRun | undefined
}

const EPSILON = 0.0008

const toVec3 = (v: Vector3): Vec3 => [v.x, v.y, v.z]

/** Slow at both ends. */
const ease = (x: number) => x * x * (3 - 2 * x)

/**
 * Moves the camera to each new shot with frame-rate-independent easing (a cut under reduced
 * motion), and turns, zooms and pans it within limits when the page asks (keys, buttons and
 * gestures are read on the page, which may be another thread). Frames are requested only while
 * something moves. In a guided run the camera is where the run's position puts it instead (see
 * `runView`), easing there from where it was after a jump.
 */
export function CameraRig({ framing, reducedMotion, apiRef, run }: CameraRigProps) {
  const { camera, invalidate } = useThree()
  const regressNow = useThree((s) => s.performance.regress)
  const getState = useThree((s) => s.get)
  // Dynamic resolution: only drop the resolution while moving if frames at full resolution are
  // slow, so devices with a real GPU stay sharp in motion and software rendering stays smooth.
  // Only full-resolution frames are timed: fast low-resolution frames must not switch it back
  // mid-move, which would make the view flicker between sharp-and-slow and blurred-and-fast.
  const frameTime = useRef(1 / 60)
  const regress = useCallback(() => {
    if (frameTime.current > 1 / 50) regressNow()
  }, [regressNow])
  const aspect = useThree((s) => s.size.width / Math.max(s.size.height, 1))
  const target = useRef(new Vector3())
  const goal = useRef({ position: new Vector3(), target: new Vector3(), active: false })

  const fov = camera instanceof PerspectiveCamera ? camera.fov : 34
  const goTo = (f: Framing, cut: boolean) => {
    goal.current.position.set(...fitPosition(f.position, f.target, f.radius, fov, aspect, f.tall))
    goal.current.target.set(...f.target)
    if (cut) {
      camera.position.copy(goal.current.position)
      target.current.copy(goal.current.target)
      camera.lookAt(target.current)
      goal.current.active = false
    } else {
      goal.current.active = true
    }
    invalidate()
  }

  // First shot: place the camera at once; later shots: glide, or cut under reduced motion.
  const placed = useRef(false)
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new framing object is a new shot
  useEffect(() => {
    goTo(framing, reducedMotion || !placed.current)
    placed.current = true
  }, [framing, reducedMotion])
  // A new size (rotation, resize) re-fits the current shot at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the aspect matters here
  useEffect(() => {
    if (placed.current) goTo(framing, true)
  }, [aspect])

  // The pose the camera eases from after the run's latest jump.
  const jumps = useRef(0)
  const jumpedFrom = useRef<CameraPose | null>(null)
  const place = ({ position, target: at }: CameraPose) => {
    camera.position.set(...position)
    target.current.set(...at)
    camera.lookAt(target.current)
  }
  const follow = (r: RunFrame, shotOf: (shot: ShotId) => Framing) => {
    const { view } = r
    const wanted = mixPose(
      framingPose(shotOf(view.from), fov, aspect),
      framingPose(shotOf(view.to), fov, aspect),
      view.progress,
    )
    if (r.jumps !== jumps.current) {
      jumps.current = r.jumps
      jumpedFrom.current = { position: toVec3(camera.position), target: toVec3(target.current) }
    }
    const from = jumpedFrom.current
    place(from && r.settle < 1 ? mixPose(from, wanted, ease(r.settle)) : wanted)
  }

  const moved = (steady = false) => {
    camera.lookAt(target.current)
    if (!steady) regress()
    invalidate()
  }
  apiRef.current = {
    orbit(dAzimuth, dPolar, zoom, steady) {
      goal.current.active = false
      camera.position.set(
        ...orbitStep(toVec3(camera.position), toVec3(target.current), dAzimuth, dPolar, zoom),
      )
      moved(steady)
    },
    pan(right, up) {
      goal.current.active = false
      camera.updateMatrix()
      const distance = camera.position.distanceTo(target.current)
      const x = new Vector3().setFromMatrixColumn(camera.matrix, 0).multiplyScalar(right * distance)
      const y = new Vector3().setFromMatrixColumn(camera.matrix, 1).multiplyScalar(up * distance)
      const before = target.current.clone()
      target.current.add(x).add(y)
      target.current.set(...clampTarget(toVec3(target.current)))
      camera.position.add(target.current.clone().sub(before))
      moved()
    },
    reset() {
      goTo(framing, reducedMotion)
    },
  }

  useFrame((_, dt) => {
    // Full-resolution frame time, smoothed; gaps longer than a few frames are idle, not slow.
    if (dt < 0.1 && getState().performance.current === 1) {
      frameTime.current += (dt - frameTime.current) * 0.3
    }
    const r = run?.frame()
    if (run && r) return follow(r, run.framingOf)
    const g = goal.current
    if (!g.active) return
    const k = damp(dt, 3.2)
    camera.position.lerp(g.position, k)
    target.current.lerp(g.target, k)
    camera.lookAt(target.current)
    if (
      camera.position.distanceTo(g.position) < EPSILON &&
      target.current.distanceTo(g.target) < EPSILON
    ) {
      g.active = false
    }
    invalidate()
  })

  return null
}
