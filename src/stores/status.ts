/**
 * The one vocabulary of loading shared by every store and every screen (issue #13): stores
 * built on src/stores' tools expose it, and the screen hook (useScreen) drives a page from it.
 */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/** What a screen needs from whatever it loads: the status, the error sentence, load and refresh. */
export interface Loadable {
  readonly status: LoadStatus
  /** A short Chinese sentence when status is 'error'. */
  readonly error: string | null
  /** True while a pull-down refresh is running (what is on screen stays). */
  readonly refreshing: boolean
  /** First load (or reload); late answers of an earlier load are dropped. */
  load(): Promise<void>
  /** Pull-down refresh: load again, keep what is shown meanwhile. */
  refresh(): Promise<void>
}
