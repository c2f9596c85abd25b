import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { homeRepository } from '@/features/home/home-repository'
import { HomeView } from '@/features/home/components/HomeView'
import { HomeStore } from '@/features/home/stores/home-store'
import { LEADER_PHONE, STEWARD_PHONE, aHome } from '../support/fixtures'
import { deferred } from '../support/deferred'
import { strictConsole } from '../support/strict'

strictConsole()

// Only Date is faked: the greeting depends on the hour, Testing Library's timers must run.
const NOT_DATE = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] as const

afterEach(() => {
  jest.useRealTimers()
})

function setup(api: FakeApi) {
  const platform = new FakePlatform()
  const store = new HomeStore(homeRepository(api), platform)
  const onRegister = jest.fn()
  const view = render(<HomeView store={store} displayName='张三' onRegister={onRegister} />)
  return { store, platform, onRegister, view }
}

function contactApi(): FakeApi {
  return new FakeApi()
    .on('myHome', () => aHome())
    .on('callContact', ({ kind }) => ({ phone: kind === 'steward' ? STEWARD_PHONE : LEADER_PHONE }))
}

describe('HomeView', () => {
  it('shows the loading state before and while loading', async () => {
    const answer = deferred<ReturnType<typeof aHome>>()
    const { store } = setup(new FakeApi().on('myHome', () => answer.promise))

    expect(screen.getByRole('status')).toHaveProperty('textContent', '正在加载…')

    let loading: Promise<void> = Promise.resolve()
    act(() => {
      loading = store.load()
    })
    expect(screen.getByText('正在加载…')).toBeTruthy()
    await act(async () => {
      answer.resolve(aHome())
      await loading
    })

    expect(await screen.findByText('王红梅')).toBeTruthy()
    expect(screen.queryByText('正在加载…')).toBeNull()
  })

  it('offers to register when the person has no home yet', async () => {
    const { store, onRegister } = setup(new FakeApi().failWith('myHome', 101, '您还没有登记住址。'))
    await act(() => store.load())

    expect(await screen.findByText('还没有绑定住址')).toBeTruthy()
    expect(screen.getByText('您还没有登记住址。')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '去登记' }))

    expect(onRegister).toHaveBeenCalledTimes(1)
  })

  it('shows the error and loads again on 重新加载', async () => {
    const api = new FakeApi().failWith('myHome', 100, '网络不可用，请检查网络后重试。')
    const { store } = setup(api)
    await act(() => store.load())

    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('加载失败')).toBeTruthy()
    expect(within(alert).getByText('网络不可用，请检查网络后重试。')).toBeTruthy()

    api.on('myHome', () => aHome())
    fireEvent.click(screen.getByRole('button', { name: '重新加载' }))

    expect(await screen.findByText('王红梅')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(api.calls.filter((c) => c.name === 'myHome')).toHaveLength(2)
  })

  it('greets the person by the hour in Shanghai', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-26T00:30:00Z'), doNotFake: [...NOT_DATE] })
    const { store } = setup(contactApi())
    await act(() => store.load())

    expect(await screen.findByText('早上好，张三')).toBeTruthy()
    expect(screen.getByText('杨家门社区 · 杨柳郡 · 3幢 1单元101室')).toBeTruthy()
  })

  it("shows the steward's name and masked phone, and the full phone nowhere", async () => {
    const { store, view } = setup(contactApi())
    await act(() => store.load())

    const card = await screen.findByLabelText('我的楼道红管家')
    expect(within(card).getByText('王红梅')).toBeTruthy()
    expect(within(card).getByText('139****0004')).toBeTruthy()
    expect(within(card).getByText('3幢')).toBeTruthy()
    const leader = screen.getByLabelText('我的微网格长')
    expect(within(leader).getByText('李建国')).toBeTruthy()
    expect(within(leader).getByText('139****0005')).toBeTruthy()
    expect(view.container.innerHTML).not.toContain(STEWARD_PHONE)
    expect(view.container.innerHTML).not.toContain(LEADER_PHONE)
  })

  it("dials the steward through the store on tapping the steward's call button", async () => {
    const { store, platform, view } = setup(contactApi())
    await act(() => store.load())

    fireEvent.click(await screen.findByRole('button', { name: '给红管家打电话' }))

    await waitFor(() => expect(platform.dialled).toEqual([STEWARD_PHONE]))
    await waitFor(() => expect(screen.getByRole('button', { name: '给红管家打电话' })).toHaveProperty('disabled', false))
    // The number goes to the dialler, never onto the screen.
    expect(view.container.innerHTML).not.toContain(STEWARD_PHONE)
  })

  it('dials the grid leader from the grid leader card', async () => {
    const { store, platform } = setup(contactApi())
    await act(() => store.load())

    fireEvent.click(await screen.findByRole('button', { name: '给微网格长打电话' }))

    await waitFor(() => expect(platform.dialled).toEqual([LEADER_PHONE]))
    await waitFor(() => expect(screen.getByRole('button', { name: '给微网格长打电话' })).toHaveProperty('disabled', false))
  })

  it('disables the call button while the number is fetched', async () => {
    const answer = deferred<{ phone: string }>()
    const api = new FakeApi().on('myHome', () => aHome()).on('callContact', () => answer.promise)
    const { store, platform } = setup(api)
    await act(() => store.load())

    const button = await screen.findByRole('button', { name: '给红管家打电话' })
    fireEvent.click(button)
    await waitFor(() => expect(button).toHaveProperty('disabled', true))
    fireEvent.click(button)
    answer.resolve({ phone: STEWARD_PHONE })

    await waitFor(() => expect(button).toHaveProperty('disabled', false))
    expect(api.calls.filter((c) => c.name === 'callContact')).toHaveLength(1)
    expect(platform.dialled).toEqual([STEWARD_PHONE])
  })

  it('says so when the building has no steward, with nothing to call', async () => {
    const { store } = setup(new FakeApi().on('myHome', () => aHome({ steward: null })))
    await act(() => store.load())

    expect(await screen.findByText('您的楼栋暂时没有红管家，有事请联系社区。')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '给红管家打电话' })).toBeNull()
    expect(screen.getByRole('button', { name: '给微网格长打电话' })).toBeTruthy()
  })

  it('keeps the home on screen when a refresh fails', async () => {
    const api = contactApi()
    const { store } = setup(api)
    await act(() => store.load())
    await screen.findByText('王红梅')

    api.failWith('myHome', 100, '网络不可用，请检查网络后重试。')
    await act(() => store.refresh())

    expect(screen.getByText('王红梅')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
