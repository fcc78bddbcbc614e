import { audioFiles, firstSession } from '@/content/walkthroughs'
import { PreviewPage } from '@/features/preview/PreviewPage'

/** The session preview with its script and sound files: a chunk of its own. */
export function PreviewRoute(props: {
  readonly chapter: string | undefined
  readonly focusOnMount: boolean
}) {
  return <PreviewPage walkthrough={firstSession} files={audioFiles} {...props} />
}
