import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { FakeApi, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { RootStore } from '@/app/root-store'
import { StoresProvider } from '@/app/stores-context'
import { SESSION_KEY } from '@/features/session/stores/session-store'
import IndexPage from '@/pages/index/index'
import { STEWARD_PHONE, aHome, aMe, aRegistration } from '../support/fixtures'
import { strictConsole } from '../support/strict'
import { pageHooks, resetTaro, taroLog } from '../stand-ins/taro'

strictConsole()

beforeEach(() => resetTaro())

function open(api: FakeApi, token: string | null, platform = new FakePlatform()) {
  const storage = new MemoryStorage()
  if (token) storage.set(SESSION_KEY, token)
  const root = new RootStore({ api, storage, platform })
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

  it('opens the registration form for a resident without a home', async () => {
    const api = new FakeApi()
      .on('me', () => aMe({ hasHome: false }))
      .failWith('myHome', 101, '您还没有登记住址。')
      .on('myRegistration', () => ({ registration: null }))
    const root = open(api, 'r:kept')
    await act(() => root.session.restore())

    fireEvent.click(await screen.findByRole('button', { name: '去登记' }))

    expect(taroLog.modals).toEqual([])
    expect(taroLog.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/resident/pages/register/index' }])
  })

  it('shows a registration waiting for review instead of asking to register again', async () => {
    const api = new FakeApi()
      .on('me', () => aMe({ hasHome: false }))
      .failWith('myHome', 101, '您还没有登记住址。')
      .on('myRegistration', () => ({ registration: aRegistration({ status: 'pending' }) }))
    const root = open(api, 'r:kept')
    await act(() => root.session.restore())

    expect(await screen.findByText('审核中')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '去登记' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '查看登记详情' }))
    expect(taroLog.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/resident/pages/registration/index' }])
  })

  it('shows why a registration was rejected and leads to correcting it', async () => {
    const api = new FakeApi()
      .on('me', () => aMe({ hasHome: false }))
      .failWith('myHome', 101, '您还没有登记住址。')
      .on('myRegistration', () => ({ registration: aRegistration({ status: 'rejected', reason: '房号与房产信息不符' }) }))
    const root = open(api, 'r:kept')
    await act(() => root.session.restore())

    expect(await screen.findByText('房号与房产信息不符')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '修改后重新提交' }))
    expect(taroLog.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/resident/pages/register/index' }])
  })

  it("shows a senior care mode's three big buttons, in the large type scale, and calls the steward", async () => {
    const api = new FakeApi()
      .on('me', () => aMe({ isSenior: true }))
      .on('myHome', () => aHome())
      .on('callContact', () => ({ phone: STEWARD_PHONE }))
    const platform = new FakePlatform()
    const root = open(api, 'r:kept', platform)
    await act(() => root.session.restore())

    const call = await screen.findByRole('button', { name: /^给红管家打电话/ })
    expect(screen.getByRole('button', { name: /^求助/ })).toBeTruthy()
    expect(screen.getByRole('button', { name: /^今日公告/ })).toBeTruthy()
    expect(document.querySelector('.tx-root.tx-care')).not.toBeNull()

    fireEvent.click(call)
    await waitFor(() => expect(platform.dialled).toEqual([STEWARD_PHONE]))
  })

  it('gives care mode one big button to report a problem, opening the simple steps', async () => {
    const api = new FakeApi().on('me', () => aMe({ isSenior: true })).on('myHome', () => aHome())
    const root = open(api, 'r:kept')
    await act(() => root.session.restore())
    fireEvent.click(await screen.findByRole('button', { name: /^反映问题/ }))
    expect(taroLog.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/problems/pages/report/index?simple=1' }])
  })

  it('keeps the full home for a resident who is not a senior', async () => {
    const api = new FakeApi().on('me', () => aMe()).on('myHome', () => aHome())
    const root = open(api, 'r:kept')
    await act(() => root.session.restore())

    expect(await screen.findByText('我的楼道红管家')).toBeTruthy()
    expect(document.querySelector('.tx-care')).toBeNull()
    expect(screen.queryByRole('button', { name: /^反映问题/ })).toBeNull()
  })
})
