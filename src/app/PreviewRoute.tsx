import { memo } from 'react'
import { audioFiles, firstSession } from '@/content/walkthroughs'
import { PreviewPage } from '@/features/preview/PreviewPage'

/**
 * The session preview with its script and sound files: a chunk of its own. Memoised: the app's
 * own changes around it (the clinic file arriving, a notice) do not draw the whole player again.
 */
export const PreviewRoute = memo(function PreviewRoute(props: {
  readonly chapter: string | undefined
  readonly focusOnMount: boolean
}) {
  return <PreviewPage walkthrough={firstSession} files={audioFiles} {...props} />
})
