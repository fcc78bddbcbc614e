import type { BreathPattern } from '@/engine/run'
import type { RoutineScript } from './routine'

/**
 * Home routines: gentle head and neck self-massage for relaxation between appointments, from
 * CONTENT.md sections 8 and 10. They are self-care, never craniosacral therapy. Pressure is light
 * and never hurts; nothing presses on the front or sides of the neck (the throat, and below the
 * ears, where pressure can slow the heart) or on the spine's bones. Every hold is 30 to 90 s.
 */

/** In for four, out for six: a slow, easy breath. */
const calm: BreathPattern = { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 }

const lightOnly = 'Light pressure only. It should never hurt.'
const notNeckSides = 'Keep off the front and sides of your neck.'
const aboveJawline =
  'Stay on your cheeks, above the jawline. Never press the side of your neck below your ear.'
const notSpine = 'Stay beside the spine, never on its bones.'
const headache = 'Stop if a headache starts or grows.'

const settleSeated = {
  id: 'settle',
  title: 'Settle',
  spoken:
    'Sit back in your chair, with your feet flat on the floor. Rest your hands in your lap. Breathe in slowly through your nose, and let the breath out even more slowly.',
  regions: [],
  placement: { left: 'lap', right: 'lap' },
  hold: 30,
  breath: calm,
  cautions: [],
  shot: 'whole-body',
} as const

const restSeated = {
  id: 'rest',
  title: 'Rest',
  spoken:
    'Let your hands rest. Notice how your head, neck and shoulders feel now. When you are ready, stand up slowly.',
  regions: [],
  placement: { left: 'lap', right: 'lap' },
  hold: 30,
  breath: calm,
  cautions: ['Get up slowly.'],
  shot: 'whole-body',
} as const

export const routineScripts: readonly RoutineScript[] = [
  {
    id: 'neck-and-shoulders',
    title: 'Neck and shoulders',
    summary: 'Ease the shoulders, then stroke down the back of the neck.',
    pose: 'seated',
    touch: true,
    steps: [
      settleSeated,
      {
        id: 'shoulder-drop',
        title: 'Lift and drop',
        spoken:
          'As you breathe in, lift your shoulders a little toward your ears. As you breathe out, let them drop. Keep it slow and easy.',
        regions: ['shoulders'],
        placement: { left: 'lap', right: 'lap' },
        hold: 30,
        breath: calm,
        cautions: ['Keep it small and slow.'],
        shot: 'upper-back',
      },
      {
        id: 'left-shoulder',
        title: 'Left shoulder',
        spoken:
          'Rest your right hand on top of your left shoulder. Gently squeeze the muscle, then let it go. Squeeze, and release, in your own time.',
        regions: ['shoulders'],
        placement: { left: 'lap', right: 'shoulder' },
        hold: 55,
        cautions: [lightOnly],
        shot: 'upper-back',
      },
      {
        id: 'right-shoulder',
        title: 'Right shoulder',
        spoken:
          'Now rest your left hand on top of your right shoulder. Squeeze gently, and release. Let the shoulder feel heavy.',
        regions: ['shoulders'],
        placement: { left: 'shoulder', right: 'lap' },
        hold: 55,
        cautions: [lightOnly],
        shot: 'upper-back',
      },
      {
        id: 'neck-strokes',
        title: 'Neck strokes',
        spoken:
          'Keep your head level. Place your fingertips at the back of your neck, just below your skull, one hand on each side of the spine. Stroke slowly down the back of your neck, to where it meets your shoulders. Stay at the back, beside the spine, not on it.',
        regions: ['cervical', 'shoulders'],
        placement: { left: 'neck-back', right: 'neck-back' },
        hold: 50,
        cautions: [notSpine, notNeckSides, lightOnly],
        shot: 'neck',
      },
      restSeated,
    ],
  },
  {
    id: 'head-jaw-scalp',
    title: 'Head, jaw and scalp',
    summary:
      'Slow circles on the scalp, the temples and the cheeks, then fingertips resting at the base of the skull.',
    pose: 'seated',
    touch: true,
    steps: [
      settleSeated,
      {
        id: 'scalp-circles',
        title: 'Scalp circles',
        spoken:
          'Place the pads of your fingers on your scalp. Move the skin over the bone in small, slow circles. Use your finger pads, not your nails. Move to a new spot now and then.',
        regions: ['cranium'],
        placement: { left: 'scalp', right: 'scalp' },
        hold: 80,
        cautions: [lightOnly],
        shot: 'head',
      },
      {
        id: 'temple-circles',
        title: 'Temples',
        spoken:
          'Rest your fingertips on your temples, the soft spots at the sides of your forehead. Keep well away from your eyes. Make slow, light circles.',
        regions: ['cranium'],
        placement: { left: 'temple', right: 'temple' },
        hold: 50,
        cautions: [lightOnly, headache],
        shot: 'face',
      },
      {
        id: 'jaw-release',
        title: 'Jaw release',
        spoken:
          'Clench your teeth gently, and feel the muscle bulge on your cheek, in front of each ear. Now let your jaw go loose, lips apart. Rest your fingertips on that muscle, just below your cheekbones, and make slow circles.',
        regions: ['jaw'],
        placement: { left: 'jaw', right: 'jaw' },
        hold: 50,
        cautions: [aboveJawline, lightOnly],
        shot: 'face',
      },
      {
        id: 'skull-base-hold',
        title: 'Skull base rest',
        spoken:
          'Bring your fingertips to the back of your head. Find the bony ridge, and rest your fingers just under it. Do not press. Just let them be still, and breathe.',
        regions: ['occiput'],
        placement: { left: 'skull-base', right: 'skull-base' },
        hold: 40,
        breath: calm,
        cautions: [headache, notNeckSides, 'If your arms get tired, rest them in your lap.'],
        shot: 'neck',
      },
      restSeated,
    ],
  },
  {
    id: 'evening-rest',
    title: 'Evening rest',
    summary: 'Gentle circles, then let your head rest on your palms.',
    pose: 'lying',
    touch: true,
    steps: [
      {
        id: 'settle-lying',
        title: 'Settle',
        spoken:
          'Lie on your back on a bed or a mat, with a thin pillow if you like. Rest one hand on your belly. Breathe in slowly, and feel your hand rise. Breathe out, and feel it fall.',
        regions: [],
        placement: { left: 'belly', right: null },
        hold: 60,
        breath: calm,
        cautions: [],
        shot: 'whole-body',
      },
      {
        id: 'scalp-circles-lying',
        title: 'Scalp circles',
        spoken:
          'Bring both hands to your head. With the pads of your fingers, move the skin over your scalp in small, slow circles.',
        regions: ['cranium'],
        placement: { left: 'scalp', right: 'scalp' },
        hold: 80,
        cautions: [lightOnly],
        shot: 'head',
      },
      {
        id: 'temple-circles-lying',
        title: 'Temples',
        spoken:
          'Now rest your fingertips on your temples. Keep well away from your eyes. Make slow, light circles.',
        regions: ['cranium'],
        placement: { left: 'temple', right: 'temple' },
        hold: 50,
        cautions: [lightOnly, headache],
        shot: 'face',
      },
      {
        id: 'jaw-release-lying',
        title: 'Jaw release',
        spoken:
          'Let your jaw go loose, lips apart. Rest your fingertips on your cheeks, just below your cheekbones, in front of each ear. Circle slowly.',
        regions: ['jaw'],
        placement: { left: 'jaw', right: 'jaw' },
        hold: 50,
        cautions: [aboveJawline, lightOnly],
        shot: 'face',
      },
      {
        id: 'skull-base-rest',
        title: 'Head on your palms',
        spoken:
          'Slide your hands under the back of your head, palms up, and let your elbows rest out to the sides. Your fingertips touch just under the bony ridge. Do not press. Let your head rest on your palms, and breathe.',
        regions: ['occiput'],
        placement: { left: 'skull-base', right: 'skull-base' },
        hold: 45,
        breath: calm,
        cautions: [headache, notSpine, notNeckSides],
        shot: 'neck',
      },
      {
        id: 'rest-lying',
        title: 'Rest',
        spoken:
          'Let your arms rest by your sides. Stay here as long as you like. When you are ready, roll onto your side, and sit up slowly.',
        regions: [],
        placement: { left: null, right: null },
        hold: 90,
        breath: calm,
        cautions: ['Get up slowly.'],
        shot: 'whole-body',
      },
    ],
  },
  {
    id: 'just-breathing',
    title: 'Just breathing',
    summary: 'No touch at all: slow breaths, sitting in a chair.',
    pose: 'seated',
    touch: false,
    steps: [
      {
        id: 'settle-breath',
        title: 'Settle',
        spoken:
          'Sit back in your chair, with your feet flat on the floor. Rest your hands in your lap, and let your shoulders drop.',
        regions: [],
        placement: { left: 'lap', right: 'lap' },
        hold: 30,
        cautions: [],
        shot: 'whole-body',
      },
      {
        id: 'slow-breaths',
        title: 'Slow breaths',
        spoken:
          'Rest one hand on your belly. Breathe in through your nose for a count of four, and feel your hand rise. Breathe out, slowly, for a count of six.',
        regions: [],
        placement: { left: 'belly', right: 'lap' },
        hold: 90,
        breath: calm,
        cautions: ['If you feel dizzy, stop and breathe normally.'],
        shot: 'whole-body',
      },
      {
        id: 'rest-breath',
        title: 'Rest',
        spoken: 'Let your breath find its own pace. When you are ready, get up slowly.',
        regions: [],
        placement: { left: 'lap', right: 'lap' },
        hold: 30,
        cautions: ['Get up slowly.'],
        shot: 'whole-body',
      },
    ],
  },
]
