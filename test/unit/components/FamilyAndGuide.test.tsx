import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { FamilyView } from '@/features/family/components/FamilyView'
import { familyRepository } from '@/features/family/family-repository'
import { FamilyStore } from '@/features/family/stores/family-store'
import { GuideChecklist } from '@/features/guide/components/GuideChecklist'
import { guideRepository } from '@/features/guide/guide-repository'
import { GuideStore } from '@/features/guide/stores/guide-store'
import type { FamilyLinkView } from '@contract/domain'
import { strictConsole } from '../support/strict'
import { answerModals, resetTaro, taroLog } from '../stand-ins/taro'

strictConsole()
beforeEach(() => resetTaro())

function link(id: string, status: FamilyLinkView['status'], name: string | null, extra: Partial<FamilyLinkView> = {}): FamilyLinkView {
  const other = name ? { userId: `u-${id}`, name, maskedPhone: '139****0002' } : { userId: null, name: null, maskedPhone: '139****0002' }
  return { id, status, other, createdAt: '2026-11-01T00:00:00.000Z', closedAt: null, closedBy: null, ...extra }
}

async function family() {
  const seniors = [link('l1', 'confirmed', '陈阿婆'), link('l2', 'pending', null)]
  const asking = [link('l3', 'pending', '陈小明'), link('l5', 'withdrawn', '张小华', { closedAt: '2026-11-02T00:00:00.000Z', closedBy: 'other' })]
  const api = new FakeApi()
    .on('myFamilyLinks', () => ({ seniors: seniors.map((l) => ({ ...l })), family: asking.map((l) => ({ ...l })) }))
    .on('actsForMe', () => ({ items: [] }))
    .on('answerFamilyLink', () => {
      asking[0].status = 'confirmed'
      return { status: 'confirmed' }
    })
    .on('removeFamilyLink', ({ linkId }) => {
      const l = seniors.find((x) => x.id === linkId)
      if (l) Object.assign(l, { status: l.status === 'pending' ? 'withdrawn' : 'ended', closedAt: '2026-11-03T00:00:00.000Z', closedBy: 'me' })
      return { removed: true }
    })
  const store = new FamilyStore(familyRepository(api), new FakePlatform())
  const onActFor = jest.fn()
  render(<FamilyView store={store} onActFor={onActFor} />)
  await act(() => store.load())
  return { api, store, onActFor }
}

describe('FamilyView', () => {
  it('offers 代办 and 解除 for a senior who confirmed, and 撤回 for a request, shown by the masked phone only', async () => {
    const { onActFor } = await family()
    const granny = screen.getByLabelText('陈阿婆')
    expect(within(granny).getAllByRole('button').map((b) => b.textContent)).toEqual(['代办', '解除'])
    const asked = screen.getByLabelText('139****0002')
    expect(within(asked).getAllByRole('button').map((b) => b.textContent)).toEqual(['撤回'])
    expect(within(asked).getByText('等待长辈确认')).toBeTruthy()

    fireEvent.click(within(granny).getByRole('button', { name: '代办陈阿婆' }))
    expect(onActFor).toHaveBeenCalledWith(expect.objectContaining({ id: 'l1' }))
  })

  it('shows the senior who asks, by name and masked phone, to confirm', async () => {
    const { api } = await family()
    const asker = within(screen.getByLabelText('等您确认')).getByLabelText('陈小明')
    expect(within(asker).getByText('139****0002')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '同意陈小明' }))
    await waitFor(() => expect(screen.queryByRole('button', { name: '同意陈小明' })).toBeNull())
    expect(api.calls.find((c) => c.name === 'answerFamilyLink')?.params).toEqual({ linkId: 'l3', accept: true })
  })

  it('keeps a withdrawn request in the senior’s 关联记录', async () => {
    await family()
    const history = screen.getByLabelText('关联记录')
    expect(within(within(history).getByLabelText('张小华')).getByText('对方已撤回')).toBeTruthy()
    expect(within(history).queryAllByRole('button')).toEqual([])
  })

  it('withdraws a request only after asking, and not when the person cancels', async () => {
    const { api } = await family()
    answerModals(false)
    fireEvent.click(screen.getByRole('button', { name: '撤回139****0002' }))
    await waitFor(() => expect(taroLog.modals).toHaveLength(1))
    expect(api.calls.some((c) => c.name === 'removeFamilyLink')).toBe(false)

    answerModals(true)
    fireEvent.click(screen.getByRole('button', { name: '撤回139****0002' }))
    await waitFor(() => expect(screen.queryByRole('button', { name: '撤回139****0002' })).toBeNull())
    expect(api.calls.find((c) => c.name === 'removeFamilyLink')?.params).toEqual({ linkId: 'l2' })
    expect(within(screen.getByLabelText('关联记录')).getByText('已撤回')).toBeTruthy()
  })
})

describe('GuideChecklist', () => {
  it('ticks an item with a tap on the whole row and shows the progress', async () => {
    const api = new FakeApi()
      .on('myGuide', () => ({
        community: { id: 'c1', name: '杨家门社区' },
        items: [
          { id: 'g1', title: '办理居住证', body: '带身份证到社区服务站', order: 1, done: false },
          { id: 'g2', title: '垃圾分类', body: '<b>四色桶</b>', order: 2, done: true },
        ],
      }))
      .on('tickGuideItem', ({ done }) => ({ done }))
    const store = new GuideStore(guideRepository(api), new FakePlatform())
    render(<GuideChecklist store={store} onRegister={jest.fn()} />)
    await act(() => store.load())

    expect(screen.getByText('已完成 1/2')).toBeTruthy()
    // Text from staff is shown as text, never as markup.
    expect(screen.getByText('<b>四色桶</b>')).toBeTruthy()
    fireEvent.click(screen.getByRole('checkbox', { name: '办理居住证' }))
    await waitFor(() => expect(screen.getByText('已完成 2/2')).toBeTruthy())
    expect(screen.getByRole('checkbox', { name: '办理居住证' }).getAttribute('aria-checked')).toBe('true')
  })

  it('sends a person without a home to register first', async () => {
    const onRegister = jest.fn()
    const store = new GuideStore(guideRepository(new FakeApi().failWith('myGuide', 101, '完成住户登记后，就能看到您所在社区的新居民指南。')), new FakePlatform())
    render(<GuideChecklist store={store} onRegister={onRegister} />)
    await act(() => store.load())
    fireEvent.click(screen.getByRole('button', { name: '去登记' }))
    expect(onRegister).toHaveBeenCalledTimes(1)
  })
})
