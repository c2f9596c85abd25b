import { useEffect, useRef } from 'react'
import { useDidShow } from '@tarojs/taro'
import { useStores } from './stores-context'

export interface LoadWhen {
  /** Load only while this holds too (the role a page is for); default true. */
  when?: boolean
  /** Load with nobody signed in as well (public pages such as 彩虹桥). */
  anonymous?: boolean
  /**
   * 'show' (default): load once it can, and again each time the page shows after that.
   * 'once': load when it can, and not again on later shows.
   */
  reload?: 'show' | 'once'
  /** Load again when this changes (a route parameter). */
  key?: unknown
}

/**
 * Loads a page's data once someone is signed in (the kept session may still be restoring when
 * the page opens), and by default again each time the page shows after that: a staff decision
 * or a family member's request may have arrived meanwhile.
 */
export function useSignedInLoad(load: () => void, { when = true, anonymous = false, reload = 'show', key }: LoadWhen = {}): void {
  const { session } = useStores()
  const latest = useRef(load)
  latest.current = load
  const shown = useRef(false)
  const ready = (anonymous || session.isSignedIn) && when
  const readyNow = useRef(ready)
  readyNow.current = ready
  useEffect(() => {
    if (ready) latest.current()
  }, [ready, key])
  useDidShow(() => {
    // The first show is the opening, already covered above.
    if (shown.current && reload === 'show' && readyNow.current) latest.current()
    shown.current = true
  })
}
