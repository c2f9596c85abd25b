import { runInAction } from 'mobx'

/** A pull-down refresh: `refreshing` is up while the load runs, and comes down however it ends. */
export async function pullDown(target: { refreshing: boolean }, load: () => Promise<void>): Promise<void> {
  runInAction(() => (target.refreshing = true))
  try {
    await load()
  } finally {
    runInAction(() => (target.refreshing = false))
  }
}
