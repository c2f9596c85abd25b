import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { CareHome } from '@/features/care/components/CareHome'
import { HelpDetailView } from '@/features/help/components/HelpDetailView'
import { HelpForm } from '@/features/help/components/HelpForm'
import { helpRepository } from '@/features/help/help-repository'
import { HelpDetailStore } from '@/features/help/stores/help-detail-store'
import { HelpFormStore } from '@/features/help/stores/help-form-store'
import { HomeView } from '@/features/home/components/HomeView'
import { homeRepository } from '@/features/home/home-repository'
import { HomeStore } from '@/features/home/stores/home-store'
import { Subscriptions } from '@/features/shared/subscribe'
import type { HelpRequestDetail } from '@contract/api-help'
import { aHome } from '../support/fixtures'
import { strictConsole } from '../support/strict'

strictConsole()

describe('the home steward card', () => {
  it("shows the steward's duty hours and introduction, and opens the help form and 我的求助", async () => {
    const home = aHome()
    const api = new FakeApi().on('myHome', () => ({ ...home, steward: { ...home.steward!, dutyHours: '工作日 18:00-20:00', intro: '有事随时找我。', photoUrl: null } }))
    const store = new HomeStore(homeRepository(api), new FakePlatform())
    const onHelp = jest.fn()
    const onMyHelp = jest.fn()
    render(<HomeView store={store} displayName='张三' onRegister={jest.fn()} onHelp={onHelp} onMyHelp={onMyHelp} />)
    await act(() => store.load())
    const card = screen.getByLabelText('我的楼道红管家')
    expect(within(card).getByText('值守时间：工作日 18:00-20:00')).toBeTruthy()
    expect(within(card).getByText('有事随时找我。')).toBeTruthy()
    fireEvent.click(within(card).getByRole('button', { name: '向红管家求助' }))
    fireEvent.click(within(card).getByRole('button', { name: '我的求助' }))
    expect(onHelp).toHaveBeenCalledTimes(1)
    expect(onMyHelp).toHaveBeenCalledTimes(1)
  })
})

describe('care mode 求助', () => {
  it('offers the help form first in the 求助 panel, and shows duty hours on the steward button', () => {
    const onAskHelp = jest.fn()
    render(
      <CareHome greeting='早上好' address='杨家门社区 · 1幢' stewardName='王红梅' contacts={[]} calling={null} onCall={jest.fn()} stewardDutyHours='每天 8:00-10:00' onAskHelp={onAskHelp} />,
    )
    expect(screen.getByText('值守时间 每天 8:00-10:00')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /^求助/ }))
    fireEvent.click(screen.getByRole('button', { name: /发求助，请人上门帮忙/ }))
    expect(onAskHelp).toHaveBeenCalledTimes(1)
  })
})

describe('HelpForm', () => {
  it('picks a kind with one big button each, and sends', async () => {
    const api = new FakeApi().on('requestHelp', () => ({ helpRequestId: 'h9' }))
    const store = new HelpFormStore(helpRepository(api), new FakePlatform(), new Subscriptions(api, new FakePlatform()))
    const onSent = jest.fn()
    render(<HelpForm store={store} to='银杏公寓1幢的红管家' onSent={onSent} />)
    const kinds = screen.getAllByRole('radio')
    expect(kinds.map((k) => k.getAttribute('aria-label'))).toEqual(['就医陪同', '代买代办', '维修', '其他'])
    fireEvent.click(screen.getByRole('button', { name: '提交求助' }))
    expect(await screen.findByText('请选择需要哪种帮助。')).toBeTruthy()
    fireEvent.click(screen.getByRole('radio', { name: '维修' }))
    expect(screen.getByRole('radio', { name: '维修' }).getAttribute('aria-checked')).toBe('true')
    fireEvent.click(screen.getByRole('switch', { name: '紧急' }))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '提交求助' }))
    })
    expect(onSent).toHaveBeenCalledWith('h9')
    expect(api.calls.find((c) => c.name === 'requestHelp')?.params).toEqual({ kind: '维修', text: '', urgent: true })
  })
})

describe('HelpDetailView', () => {
  const detail: HelpRequestDetail = {
    id: 'h1', kind: '就医陪同', text: '明天复查', urgent: true, status: 'accepted', escalated: false, createdAt: '2026-12-01T02:00:00.000Z',
    buildingName: '银杏公寓1幢', requester: null, acceptedBy: { name: '王红梅', role: 'steward' }, escalatesAt: null,
    events: [
      { id: 'e1', kind: 'submitted', at: '2026-12-01T02:00:00.000Z', actorName: '张三', actorRole: 'resident', text: '明天复查' },
      { id: 'e2', kind: 'accepted', at: '2026-12-01T02:10:00.000Z', actorName: '王红梅', actorRole: 'steward', text: null },
      { id: 'e3', kind: 'reply', at: '2026-12-01T02:11:00.000Z', actorName: '王红梅', actorRole: 'steward', text: '八点楼下见。' },
    ],
    can: { accept: false, reply: true, resolve: false, cancel: true },
  }

  it("shows the resident every step with who did it, and only the actions they may take", async () => {
    const api = new FakeApi().on('getHelpRequest', () => detail)
    const store = new HelpDetailStore(helpRepository(api), new FakePlatform(), { onChanged: jest.fn() })
    await store.open('h1')
    render(<HelpDetailView store={store} confirmCancel={async () => false} />)
    expect(screen.getByRole('status').textContent).toBe('处理中')
    const steps = within(screen.getByRole('list', { name: '处理进度' })).getAllByRole('listitem')
    expect(steps.map((s) => s.querySelector('.tx-help-step__line')?.textContent)).toEqual(['提交求助 · 居民 张三', '已受理 · 楼道红管家 王红梅', '回复 · 楼道红管家 王红梅'])
    expect(screen.getByText('八点楼下见。')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '我来受理' })).toBeNull()
    expect(screen.queryByRole('button', { name: '标记已解决' })).toBeNull()
    expect(screen.getByRole('button', { name: '取消求助' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '发送回复' })).toBeTruthy()
  })
})
