import { useEffect, useRef } from 'react'
import { useDidShow } from '@tarojs/taro'
import { useStores } from './stores-context'

/**
 * Loads a page's data once someone is signed in (the kept session may still be restoring when
 * the page opens), and again each time the page shows after that: a staff decision or a family
 * member's request may have arrived meanwhile.
 */
export function useSignedInLoad(load: () => void): void {
  const { session } = useStores()
  const latest = useRef(load)
  latest.current = load
  const shown = useRef(false)
  const signedIn = session.isSignedIn
  useEffect(() => {
    if (signedIn) latest.current()
  }, [signedIn])
  useDidShow(() => {
    // The first show is the opening, already covered above.
    if (shown.current && session.isSignedIn) latest.current()
    shown.current = true
  })
}
