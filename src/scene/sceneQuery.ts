import type { QueryName, SceneQueries } from './sceneTypes'

/**
 * Asks a running scene one question and settles with its answer, or with null when the scene
 * cannot answer (not mounted yet, or the question failed). Shared by the worker and the page's
 * own thread, so both answer the same way.
 */
export async function answer(
  scene: SceneQueries,
  query: QueryName,
  args: readonly unknown[],
): Promise<unknown> {
  const ask = scene[query] as (...a: unknown[]) => unknown
  try {
    return (await ask(...args)) ?? null
  } catch {
    return null
  }
}
