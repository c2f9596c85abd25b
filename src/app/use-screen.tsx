import type { ReactNode } from 'react'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { StateView } from '@/components/StateView'
import type { Loadable } from '@/stores/status'
import { useSignedInLoad, type LoadWhen } from './use-signed-in-load'

export interface ScreenOptions extends LoadWhen {
  /** Opening (and each later show): default loadable.load(). */
  load?: () => unknown
  /** Pull-down: default loadable.refresh(); the spinner stops when it settles. False: the page has none. */
  refresh?: (() => Promise<unknown>) | false
  /** Reaching the bottom: the next page. */
  more?: () => unknown
  /** Whether there is nothing to show once loaded, and what to say then. */
  empty?: { when: boolean; title: string; detail?: string | null; actionText?: string; onAction?: () => void }
  /** The error view's title; default 加载失败. */
  errorTitle?: string
  /** The error view's retry; default loadable.load(). */
  retry?: () => unknown
}

export interface Screen {
  /** The loading, error or empty view to show instead of the content, or null to show the content. */
  state: ReactNode
}

/**
 * Everything a screen does around what it loads: load on sign-in (and on later shows),
 * pull-down refresh that stops its spinner, the next page at the bottom, and the loading,
 * error or empty view while there is no content. Pages call it once and render `state ?? content`.
 */
export function useScreen(loadable: Loadable | null, options: ScreenOptions = {}): Screen {
  const { load, refresh, more, empty, errorTitle = '加载失败', retry, ...when } = options
  useSignedInLoad(() => void (load ? load() : loadable?.load()), when)
  usePullDownRefresh(() => {
    const work = refresh === false ? null : refresh ? refresh() : loadable?.refresh()
    if (work) void work.finally(() => Taro.stopPullDownRefresh())
    else Taro.stopPullDownRefresh()
  })
  useReachBottom(() => void more?.())
  let state: ReactNode = null
  if (loadable && (loadable.status === 'idle' || loadable.status === 'loading')) state = <StateView kind='loading' title='正在加载…' />
  else if (loadable?.status === 'error')
    state = <StateView kind='error' title={errorTitle} detail={loadable.error} actionText='重试' onAction={() => void (retry ? retry() : loadable.load())} />
  else if (empty?.when) state = <StateView kind='empty' title={empty.title} detail={empty.detail} actionText={empty.actionText} onAction={empty.onAction} />
  return { state }
}
