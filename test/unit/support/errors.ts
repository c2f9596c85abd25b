import { ApiError } from '@/adapters/ports'

/** Runs work that must fail and returns its ApiError, so a test can assert on code and message. */
export async function apiErrorOf(work: () => Promise<unknown>): Promise<ApiError> {
  let caught: unknown = null
  try {
    await work()
  } catch (err) {
    caught = err
  }
  if (caught === null) throw new Error('expected the call to fail, it succeeded')
  if (!(caught instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(caught)}`)
  return caught
}
