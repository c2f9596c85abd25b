import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { FamilyView } from '@/features/family/components/FamilyView'
import { familyRepository } from '@/features/family/family-repository'
import { FamilyStore } from '@/features/family/stores/family-store'
import { GuideChecklist } from '@/features/guide/components/GuideChecklist'
import { guideRepository } from '@/features/guide/guide-repository'
import { GuideStore } from '@/features/guide/stores/guide-store'
import type { FamilyLinkView } from '../../../types/domain'
import { strictConsole } from '../support/strict'
import { answerModals, resetTaro, taroLog } from '../stand-ins/taro'

strictConsole()
beforeEach(() => resetTaro())

function link(id: string, status: FamilyLinkView['status'], name: string): FamilyLinkView {
  return { id, status, other: { userId: `u-${id}`, name, maskedPhone: '139****0002' }, createdAt: '2026-11-01T00:00:00.000Z' }
}

async function family() {
  const api = new FakeApi()
    .on('myFamilyLinks', () => ({ seniors: [link('l1', 'confirmed', '陈阿婆'), link('l2', 'pending', '张大爷')], family: [link('l3', 'pending', '陈小明')] }))
    .on('actsForMe', () => ({ items: [] }))
    .on('answerFamilyLink', () => ({ status: 'confirmed' }))
    .on('removeFamilyLink', () => ({ removed: true }))
  const store = new FamilyStore(familyRepository(api), new FakePlatform(), jest.fn())
  const onActFor = jest.fn()
  render(<FamilyView store={store} onActFor={onActFor} />)
  await act(() => store.load())
  return { api, store, onActFor }
}

describe('FamilyView', () => {
  it('offers 代办 only for a senior who confirmed, and 解除 for every link', async () => {
    const { onActFor } = await family()
    const granny = screen.getByLabelText('陈阿婆')
    expect(within(granny).getAllByRole('button').map((b) => b.textContent)).toEqual(['代办', '解除'])
    expect(within(screen.getByLabelText('张大爷')).getAllByRole('button').map((b) => b.textContent)).toEqual(['解除'])

    fireEvent.click(within(granny).getByRole('button', { name: '代办陈阿婆' }))
    expect(onActFor).toHaveBeenCalledWith(expect.objectContaining({ id: 'l1' }))
  })

  it('lets the senior confirm a waiting family member', async () => {
    const { api } = await family()
    fireEvent.click(screen.getByRole('button', { name: '同意陈小明' }))
    await waitFor(() => expect(screen.queryByRole('button', { name: '同意陈小明' })).toBeNull())
    expect(api.calls.find((c) => c.name === 'answerFamilyLink')?.params).toEqual({ linkId: 'l3', accept: true })
  })

  it('ends a link only after asking, and not when the person cancels', async () => {
    const { api } = await family()
    answerModals(false)
    fireEvent.click(screen.getByRole('button', { name: '解除张大爷' }))
    await waitFor(() => expect(taroLog.modals).toHaveLength(1))
    expect(api.calls.some((c) => c.name === 'removeFamilyLink')).toBe(false)

    answerModals(true)
    fireEvent.click(screen.getByRole('button', { name: '解除张大爷' }))
    await waitFor(() => expect(screen.queryByLabelText('张大爷')).toBeNull())
    expect(api.calls.find((c) => c.name === 'removeFamilyLink')?.params).toEqual({ linkId: 'l2' })
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
    const store = new GuideStore(guideRepository(api), new FakePlatform(), jest.fn())
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
    const store = new GuideStore(guideRepository(new FakeApi().failWith('myGuide', 101, '完成住户登记后，就能看到您所在社区的新居民指南。')), new FakePlatform(), jest.fn())
    render(<GuideChecklist store={store} onRegister={onRegister} />)
    await act(() => store.load())
    fireEvent.click(screen.getByRole('button', { name: '去登记' }))
    expect(onRegister).toHaveBeenCalledTimes(1)
  })
})
