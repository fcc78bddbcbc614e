// Named imports, so the chunk takes only the beds and the chime from the manifest.
import { beds, chime } from '@/content/narration.manifest.json'
import { routines } from '@/content/practice'
import { PracticePage } from '@/features/practice/PracticePage'
import { practiceStore } from '@/state/practice'

const ambient = { beds, chime }

/** Practice at home with its routines and sound files: a chunk of its own. */
export function PracticeRoute(props: {
  readonly routine: string | undefined
  readonly focusOnMount: boolean
}) {
  return (
    <PracticePage
      routineId={props.routine}
      routines={routines}
      files={ambient}
      store={practiceStore}
      focusOnMount={props.focusOnMount}
    />
  )
}
