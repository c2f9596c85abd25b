import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { FakeApi, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { RootStore } from '@/app/root-store'
import { StoresProvider } from '@/app/stores-context'
import { SESSION_KEY } from '@/features/session/stores/session-store'
import IndexPage from '@/pages/index/index'
import { aHome, aMe } from '../support/fixtures'
import { strictConsole } from '../support/strict'
import { pageHooks, resetTaro, taroLog } from '../stand-ins/taro'

strictConsole()

beforeEach(() => resetTaro())

function open(api: FakeApi, token: string | null) {
  const storage = new MemoryStorage()
  if (token) storage.set(SESSION_KEY, token)
  const root = new RootStore({ api, storage, platform: new FakePlatform() })
  render(
    <StoresProvider root={root}>
      <IndexPage />
    </StoresProvider>,
  )
  return root
}

describe('home page', () => {
  it('invites a signed-out visitor to the login page', async () => {
    const root = open(new FakeApi(), null)
    expect(screen.getByText('正在登录…')).toBeTruthy()

    await act(() => root.session.restore())
    fireEvent.click(screen.getByRole('button', { name: '登录' }))

    expect(screen.getByText('欢迎来到同心社区')).toBeTruthy()
    expect(taroLog.navigations).toEqual([{ kind: 'navigateTo', url: '/pages/login/index' }])
  })

  it("loads the person's home once the kept session is restored", async () => {
    const api = new FakeApi().on('me', () => aMe()).on('myHome', () => aHome())
    const root = open(api, 'r:kept')

    await act(() => root.session.restore())

    expect(await screen.findByText('王红梅')).toBeTruthy()
    expect(api.calls.filter((c) => c.name === 'myHome')).toHaveLength(1)
  })

  it('stops the pull-down spinner when the refresh is done', async () => {
    const api = new FakeApi().on('me', () => aMe()).on('myHome', () => aHome())
    const root = open(api, 'r:kept')
    await act(() => root.session.restore())
    await screen.findByText('王红梅')

    await act(async () => pageHooks.pullDownRefresh?.())

    await waitFor(() => expect(taroLog.pullDownStopped).toBe(1))
    expect(api.calls.filter((c) => c.name === 'myHome')).toHaveLength(2)
  })

  it('tells a resident without a home where to register', async () => {
    const api = new FakeApi().on('me', () => aMe({ hasHome: false })).failWith('myHome', 101, '您还没有登记住址。')
    const root = open(api, 'r:kept')
    await act(() => root.session.restore())

    fireEvent.click(await screen.findByRole('button', { name: '去登记' }))

    expect(taroLog.modals).toHaveLength(1)
    expect(taroLog.modals[0].content).toMatch(/社区服务站/)
  })
})
