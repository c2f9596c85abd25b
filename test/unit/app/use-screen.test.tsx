import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { observer } from 'mobx-react-lite'
import { FakeApi, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { RootStore } from '@/app/root-store'
import { StoresProvider } from '@/app/stores-context'
import { useScreen, type ScreenOptions } from '@/app/use-screen'
import { ListFooter } from '@/components/ListFooter'
import { SESSION_KEY } from '@/features/session/stores/session-store'
import type { Loadable, LoadStatus } from '@/stores/status'
import { aMe } from '../support/fixtures'
import { strictConsole } from '../support/strict'
import { pageHooks, resetTaro, taroLog } from '../stand-ins/taro'

strictConsole()

beforeEach(() => resetTaro())

function fakeLoadable(status: LoadStatus = 'idle', error: string | null = null) {
  const calls: string[] = []
  const loadable: Loadable = {
    status,
    error,
    refreshing: false,
    load: async () => void calls.push('load'),
    refresh: async () => void calls.push('refresh'),
  }
  return { loadable, calls }
}

async function open(loadable: Loadable | null, options: ScreenOptions = {}, token: string | null = 'r:kept') {
  const storage = new MemoryStorage()
  if (token) storage.set(SESSION_KEY, token)
  const root = new RootStore({ api: new FakeApi().on('me', () => aMe()), storage, platform: new FakePlatform() })
  const Page = observer(function Page() {
    const { state } = useScreen(loadable, options)
    return <>{state ?? <span>内容</span>}</>
  })
  render(
    <StoresProvider root={root}>
      <Page />
    </StoresProvider>,
  )
  await act(() => root.session.restore())
  return root
}

describe('useScreen', () => {
  it('loads once someone is signed in, and refreshes on pull-down, stopping the spinner when done', async () => {
    const { loadable, calls } = fakeLoadable('ready')
    await open(loadable)
    expect(calls).toEqual(['load'])
    await act(async () => pageHooks.pullDownRefresh?.())
    await waitFor(() => expect(taroLog.pullDownStopped).toBe(1))
    expect(calls).toEqual(['load', 'refresh'])
    expect(screen.getByText('内容')).toBeTruthy()
  })

  it('does not load for nobody signed in, unless the page is public', async () => {
    const { loadable, calls } = fakeLoadable('ready')
    await open(loadable, {}, null)
    expect(calls).toEqual([])
    const pub = fakeLoadable('ready')
    await open(pub.loadable, { anonymous: true }, null)
    expect(pub.calls).toEqual(['load'])
  })

  it('waits for the role a page is for, and fetches the next page at the bottom', async () => {
    const { loadable, calls } = fakeLoadable('ready')
    const more = jest.fn()
    await open(loadable, { when: false, more })
    expect(calls).toEqual([])
    await act(async () => pageHooks.reachBottom?.())
    expect(more).toHaveBeenCalledTimes(1)
  })

  it('shows loading, then the error with a retry, then the empty view', async () => {
    await open(fakeLoadable('loading').loadable)
    expect(screen.getByText('正在加载…')).toBeTruthy()

    const failed = fakeLoadable('error', '网络不可用，请检查网络后重试。')
    await open(failed.loadable)
    expect(screen.getByText('网络不可用，请检查网络后重试。')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(failed.calls).toEqual(['load', 'load'])

    await open(fakeLoadable('ready').loadable, { empty: { when: true, title: '还没有申请' } })
    expect(screen.getByText('还没有申请')).toBeTruthy()
  })
})

describe('ListFooter', () => {
  it('offers 加载更多 while there is more, then says 没有更多了', () => {
    const loadMore = jest.fn()
    const { rerender } = render(<ListFooter list={{ hasMore: true, loadingMore: false, loadMore, error: '加载更多失败，请稍后再试。' }} />)
    expect(screen.getByText('加载更多失败，请稍后再试。')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }))
    expect(loadMore).toHaveBeenCalledTimes(1)
    rerender(<ListFooter list={{ hasMore: false, loadingMore: false, loadMore }} />)
    expect(screen.getByText('没有更多了')).toBeTruthy()
    rerender(<ListFooter list={{ hasMore: false, loadingMore: false, loadMore }} endClassName={false} />)
    expect(screen.queryByText('没有更多了')).toBeNull()
  })
})
