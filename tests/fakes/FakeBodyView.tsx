import type { BodyViewProps } from '@/scene/BodyView'

/**
 * For component tests only (jsdom has no WebGL): stands in for the body view and shows what it
 * was asked to draw, as data attributes, plus a button that taps the upper back.
 * Use: `vi.mock('@/scene/BodyView', async () => ({ BodyView: (await import('@tests/fakes/FakeBodyView')).FakeBodyView }))`.
 */
export function FakeBodyView(p: BodyViewProps) {
  return (
    <div
      role="img"
      aria-label={p.description}
      data-testid="body"
      data-pose={p.pose}
      data-placement={p.placement ? `${p.placement.left},${p.placement.right}` : ''}
      data-shot={p.shot}
      data-focus={p.focus.join(',')}
      data-selected={p.selected ?? ''}
      data-hands={(p.hands ?? []).join(',')}
      data-sweep={String(!!p.sweep)}
    >
      {p.onPick && (
        <button type="button" onClick={() => p.onPick?.('thoracic')}>
          tap the upper back
        </button>
      )}
    </div>
  )
}
