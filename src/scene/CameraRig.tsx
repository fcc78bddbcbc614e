import { useFrame, useThree } from '@react-three/fiber'
import { useCallback, useEffect, useRef } from 'react'
import { PerspectiveCamera, Vector3 } from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import type { Framing, Vec3 } from '@/content/shots'
import { clampTarget, damp, fitPosition, orbitLimits, orbitStep } from './orbit'

/** What the view's own buttons and keys can ask of the camera. */
export interface CameraApi {
  orbit(dAzimuth: number, dPolar: number, zoom: number): void
  /** Slides the view sideways and up or down, as a share of the distance to what it looks at. */
  pan(right: number, up: number): void
  /** Returns to the current shot. */
  reset(): void
}

interface CameraRigProps {
  readonly framing: Framing
  readonly reducedMotion: boolean
  readonly interactive: boolean
  readonly apiRef?: { current: CameraApi | null }
}

const EPSILON = 0.0008

/**
 * Moves the camera to each new shot with frame-rate-independent easing (a cut under reduced
 * motion), and lets people orbit, zoom and pan within limits. Frames are requested only while
 * something moves.
 */
export function CameraRig({ framing, reducedMotion, interactive, apiRef }: CameraRigProps) {
  const { camera, gl, invalidate } = useThree()
  const regressNow = useThree((s) => s.performance.regress)
  // Dynamic resolution: only drop the resolution while moving if frames are actually slow, so
  // devices with a real GPU stay sharp in motion and software rendering stays smooth.
  const frameTime = useRef(1 / 60)
  const regress = useCallback(() => {
    if (frameTime.current > 1 / 50) regressNow()
  }, [regressNow])
  const aspect = useThree((s) => s.size.width / Math.max(s.size.height, 1))
  const controls = useRef<OrbitControls | null>(null)
  const goal = useRef({ position: new Vector3(), target: new Vector3(), active: false })

  useEffect(() => {
    const c = new OrbitControls(camera, gl.domElement)
    c.enableDamping = false
    c.minDistance = orbitLimits.minDistance
    c.maxDistance = orbitLimits.maxDistance
    c.minPolarAngle = orbitLimits.minPolar
    c.maxPolarAngle = orbitLimits.maxPolar
    c.zoomSpeed = 0.8
    c.rotateSpeed = 0.6
    const onChange = () => {
      const t = clampTarget(c.target.toArray() as unknown as Vec3)
      c.target.set(...t)
      regress()
      invalidate()
    }
    const onStart = () => {
      goal.current.active = false
    }
    c.addEventListener('change', onChange)
    c.addEventListener('start', onStart)
    controls.current = c
    return () => {
      c.removeEventListener('change', onChange)
      c.removeEventListener('start', onStart)
      c.dispose()
      controls.current = null
    }
  }, [camera, gl, invalidate, regress])

  useEffect(() => {
    if (controls.current) controls.current.enabled = interactive
  }, [interactive])

  const goTo = (f: Framing, cut: boolean) => {
    const fov = camera instanceof PerspectiveCamera ? camera.fov : 34
    goal.current.position.set(...fitPosition(f.position, f.target, f.radius, fov, aspect))
    goal.current.target.set(...f.target)
    if (cut) {
      camera.position.copy(goal.current.position)
      controls.current?.target.copy(goal.current.target)
      camera.lookAt(goal.current.target)
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

  if (apiRef) {
    apiRef.current = {
      orbit(dAzimuth, dPolar, zoom) {
        const c = controls.current
        if (!c) return
        goal.current.active = false
        const next = orbitStep(
          camera.position.toArray() as unknown as Vec3,
          c.target.toArray() as unknown as Vec3,
          dAzimuth,
          dPolar,
          zoom,
        )
        camera.position.set(...next)
        c.update()
        regress()
        invalidate()
      },
      pan(right, up) {
        const c = controls.current
        if (!c) return
        goal.current.active = false
        const distance = camera.position.distanceTo(c.target)
        const x = new Vector3()
          .setFromMatrixColumn(camera.matrix, 0)
          .multiplyScalar(right * distance)
        const y = new Vector3().setFromMatrixColumn(camera.matrix, 1).multiplyScalar(up * distance)
        const before = c.target.clone()
        c.target.add(x).add(y)
        c.target.set(...clampTarget(c.target.toArray() as unknown as Vec3))
        camera.position.add(c.target.clone().sub(before))
        c.update()
        regress()
        invalidate()
      },
      reset() {
        goTo(framing, reducedMotion)
      },
    }
  }

  useFrame((_, dt) => {
    // Frame time, smoothed; gaps longer than a few frames are idle time, not slowness.
    if (dt < 0.1) frameTime.current += (dt - frameTime.current) * 0.3
    const c = controls.current
    const g = goal.current
    if (!c || !g.active) return
    const k = damp(dt, 3.2)
    camera.position.lerp(g.position, k)
    c.target.lerp(g.target, k)
    c.update()
    if (
      camera.position.distanceTo(g.position) < EPSILON &&
      c.target.distanceTo(g.target) < EPSILON
    ) {
      g.active = false
    }
    invalidate()
  })

  return null
}
