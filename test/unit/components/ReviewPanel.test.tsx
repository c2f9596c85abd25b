import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { ReviewFilters } from '@/features/registration/components/ReviewFilters'
import { ReviewPanel } from '@/features/registration/components/ReviewPanel'
import { ReviewQueue } from '@/features/registration/components/ReviewQueue'
import { registrationRepository } from '@/features/registration/registration-repository'
import { OpenedRegistrationStore } from '@/features/registration/stores/opened-registration-store'
import { ReviewStore, type StaffScope } from '@/features/registration/stores/review-store'
import type { RegistrationView } from '@contract/domain'
import { aRegistration, aSummary, withPlaces } from '../support/fixtures'
import { strictConsole } from '../support/strict'

strictConsole()

async function setup(registration: RegistrationView = aRegistration({ id: 'r1' })) {
  const api = new FakeApi()
    .on('openRegistration', () => ({ registration }))
    .on('reviewResidentRegistration', ({ approve }) => ({ status: approve ? 'approved' : 'rejected' }))
    .on('viewResidentProfile', ({ residentId }) => ({ profile: aRegistration({ id: residentId, status: 'approved', phone: '13900000031', room: '2单元502' }) }))
  const store = new OpenedRegistrationStore(registrationRepository(api), new FakePlatform(), { onReviewed: jest.fn(), now: () => new Date() })
  await act(() => store.open(registration.id))
  const onDone = jest.fn()
  render(<ReviewPanel store={store} onDone={onDone} />)
  return { api, store, onDone }
}

const reviews = (api: FakeApi) => api.calls.filter((c) => c.name === 'reviewResidentRegistration').map((c) => c.params)

describe('ReviewPanel', () => {
  it('shows the details staff need, the full phone included', async () => {
    await setup()
    expect(screen.getByText('13900000003')).toBeTruthy()
    expect(screen.getByText('杨家门社区 · 杨柳郡 · 3幢 1单元301室')).toBeTruthy()
    expect(screen.getByText('配偶')).toBeTruthy()
  })

  it('approves and goes back to the queue', async () => {
    const { api, onDone } = await setup()
    fireEvent.click(screen.getByRole('button', { name: '通过' }))
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1))
    expect(reviews(api)).toEqual([{ registrationId: 'r1', approve: true }])
  })

  it('asks for a reason before rejecting, and sends the one written', async () => {
    const { api, onDone } = await setup()

    fireEvent.click(screen.getByRole('button', { name: '驳回' }))
    expect((await screen.findByRole('alert')).textContent).toBe('驳回时请写明原因，方便居民修改。')
    expect(reviews(api)).toEqual([])

    fireEvent.change(screen.getByLabelText('驳回原因'), { target: { value: '房号与房产信息不符' } })
    expect(screen.queryByRole('alert')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '驳回' }))

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1))
    expect(reviews(api)).toEqual([{ registrationId: 'r1', approve: false, reason: '房号与房产信息不符' }])
  })

  it('offers no decision on a registration already decided', async () => {
    await setup(aRegistration({ id: 'r1', status: 'rejected', reason: '姓名有误' }))
    expect(screen.queryByRole('button', { name: '通过' })).toBeNull()
    expect(screen.getByText('驳回原因：姓名有误')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '查看居民档案' })).toBeNull()
  })

  it('opens the resident’s full profile from an approved registration', async () => {
    const { api } = await setup(aRegistration({ id: 'r1', status: 'approved', residentId: 'res-1' }))
    expect(screen.getByText('您的每次查看都会记录，居民本人可以看到。')).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: '查看居民档案' }))

    expect(await screen.findByText('13900000031')).toBeTruthy()
    expect(api.calls.filter((c) => c.name === 'viewResidentProfile').map((c) => c.params)).toEqual([{ residentId: 'res-1' }])
  })
})

describe('ReviewQueue', () => {
  it('lists the filtered registrations with masked phones, says who entered one for a resident, and opens one on tap', async () => {
    const api = new FakeApi().on('listRegistrations', () => ({
      items: [aSummary({ id: 'r1' }), aSummary({ id: 'r2', name: '王五', phone: '13900000021', submittedBy: 'staff' })],
      nextCursor: 'next',
    }))
    const store = new ReviewStore(registrationRepository(api), new FakePlatform(), jest.fn())
    const onOpen = jest.fn()
    render(<ReviewQueue store={store} onOpen={onOpen} />)
    expect(screen.getByText('正在加载…')).toBeTruthy()

    await act(() => store.load())

    expect(screen.getAllByRole('listitem')).toHaveLength(2)
    expect(screen.getByText('手机号 139****0003')).toBeTruthy()
    expect(screen.getByText('手机号 139****0021')).toBeTruthy()
    expect(screen.queryByText(/13900000003|13900000021/)).toBeNull()
    expect(screen.getByText(/由社区工作人员代为登记/)).toBeTruthy()
    fireEvent.click(screen.getByRole('listitem', { name: '王五的登记' }))
    expect(onOpen).toHaveBeenCalledWith('r2')
    expect(screen.getByRole('button', { name: '加载更多' })).toBeTruthy()
  })

  it('says so when nothing matches the filters', async () => {
    const store = new ReviewStore(registrationRepository(new FakeApi().on('listRegistrations', () => ({ items: [], nextCursor: null }))), new FakePlatform(), jest.fn())
    render(<ReviewQueue store={store} onOpen={jest.fn()} />)
    await act(() => store.load())
    expect(screen.getByText('没有符合条件的登记')).toBeTruthy()
  })
})

describe('ReviewFilters', () => {
  function filters(scope: StaffScope) {
    const api = withPlaces(new FakeApi()).on('listRegistrations', () => ({ items: [], nextCursor: null }))
    const store = new ReviewStore(registrationRepository(api), new FakePlatform(), () => new Date(), () => scope)
    render(<ReviewFilters store={store} />)
    return store
  }

  it('shows a community staff member their community instead of a picker, with its compounds to choose', async () => {
    const store = filters({ communities: [{ id: 'c1', name: '杨家门社区' }], street: false })
    await act(async () => {
      await store.openQueue()
      await new Promise((r) => setTimeout(r, 0))
    })
    expect(screen.queryByLabelText('社区')).toBeNull()
    expect(screen.getByText('杨家门社区')).toBeTruthy()
    expect(screen.getByLabelText('小区')).toBeTruthy()
  })

  it('keeps the picker for street staff', async () => {
    const store = filters({ communities: [], street: true })
    await act(async () => {
      await store.openQueue()
      await new Promise((r) => setTimeout(r, 0))
    })
    expect(screen.getByLabelText('社区')).toBeTruthy()
    expect(screen.queryByLabelText('小区')).toBeNull()
  })
})
