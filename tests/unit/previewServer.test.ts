// @vitest-environment node
import { type AddressInfo, createServer } from 'node:net'
import { expect, it, vi } from 'vitest'
import { portTaken, withPreviewServer } from '../setup/server'

it('refuses to serve on a port something already listens on, before starting anything', async () => {
  const holder = createServer()
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve))
  const { port } = holder.address() as AddressInfo
  const handlers = process.listenerCount('SIGINT')
  try {
    expect(await portTaken(port)).toBe(true)
    const run = vi.fn(async () => 'measured the wrong server')
    await expect(withPreviewServer(run, { port })).rejects.toThrow(
      new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use.*ss -ltnp`),
    )
    expect(run).not.toHaveBeenCalled()
    expect(process.listenerCount('SIGINT'), 'no signal handler left behind').toBe(handlers)
  } finally {
    await new Promise((resolve) => holder.close(resolve))
  }
  expect(await portTaken(port), 'free again once the holder closed').toBe(false)
})
