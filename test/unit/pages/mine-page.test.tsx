import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { FakeApi, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { RootStore } from '@/app/root-store'
import { StoresProvider } from '@/app/stores-context'
import { CARE_MODE_KEY } from '@/features/care/stores/care-store'
import { SESSION_KEY } from '@/features/session/stores/session-store'
import MinePage from '@/pages/mine/index'
import type { Me } from '@contract/domain'
import { aMe } from '../support/fixtures'
import { strictConsole } from '../support/strict'
import { resetTaro, taroLog } from '../stand-ins/taro'

strictConsole()

beforeEach(() => resetTaro())

async function open(me: Me) {
  const storage = new MemoryStorage()
  storage.set(SESSION_KEY, 'r:kept')
  const root = new RootStore({ api: new FakeApi().on('me', () => me), storage, platform: new FakePlatform() })
  render(
    <StoresProvider root={root}>
      <MinePage />
    </StoresProvider>,
  )
  await act(() => root.session.restore())
  return { root, storage }
}

const entries = () => screen.getAllByRole('link').map((l) => l.getAttribute('aria-label'))

describe('我的 page', () => {
  it("lists a resident's entries, without the staff ones", async () => {
    await open(aMe())
    expect(entries()).toEqual(['我的消息', '我的登记', '新居民指南', '家属代办', '我的求助', '反映问题', '我反映的问题', '志愿活动', '我的活动', '我的时间银行', '彩虹桥项目', '我的申请', '我的数据', '谁查看过我的资料', '隐私保护指引'])
  })

  it('gives grid leaders the problem workspace and visit records, staff the numbers too', async () => {
    await open(aMe({ roles: ['resident', 'gridLeader'] }))
    expect(entries()).toEqual(expect.arrayContaining(['问题处理', '走访登记']))
    expect(entries()).not.toContain('问题统计')
    fireEvent.click(screen.getByRole('link', { name: '问题处理' }))
    fireEvent.click(screen.getByRole('link', { name: '反映问题' }))
    expect(taroLog.navigations.map((n) => n.url)).toEqual(['/packages/problems/pages/queue/index', '/packages/problems/pages/report/index'])
  })

  it('gives community staff 问题统计', async () => {
    await open(aMe({ roles: ['communityStaff'] }))
    fireEvent.click(screen.getByRole('link', { name: '问题统计' }))
    expect(taroLog.navigations.map((n) => n.url)).toEqual(['/packages/problems/pages/stats/index'])
  })

  it('opens Rainbow Bridge, and its review queue for staff only', async () => {
    await open(aMe({ roles: ['communityStaff'] }))
    fireEvent.click(screen.getByRole('link', { name: '彩虹桥审核' }))
    expect(taroLog.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/welfare/pages/reviews/index' }])
  })

  it('offers 我的求助 only with a home, and the steward their inbox and card', async () => {
    await open(aMe({ hasHome: false }))
    expect(entries()).not.toContain('我的求助')
    expect(entries()).not.toContain('求助收件箱')
  })

  it("opens a steward's inbox and card, and staff's steward assignment and escalated requests", async () => {
    await open(aMe({ roles: ['resident', 'steward'] }))
    fireEvent.click(screen.getByRole('link', { name: '求助收件箱' }))
    fireEvent.click(screen.getByRole('link', { name: '我的红管家名片' }))
    expect(entries()).not.toContain('红管家安排')
    expect(taroLog.navigations.map((n) => n.url)).toEqual(['/packages/help/pages/inbox/index', '/packages/help/pages/profile/index'])
  })

  it('adds 住户登记审核, 代居民登记 and 编辑新居民指南 for community staff', async () => {
    await open(aMe({ roles: ['communityStaff'] }))
    expect(entries()).toEqual(expect.arrayContaining(['住户登记审核', '代居民登记', '编辑新居民指南', '红管家安排', '转来的求助']))

    fireEvent.click(screen.getByRole('link', { name: '住户登记审核' }))
    expect(taroLog.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/staff/pages/registrations/index' }])
  })

  it('gives street staff the review only: the server keeps guide editing and in-person registration to community staff', async () => {
    await open(aMe({ roles: ['streetStaff'] }))
    expect(entries()).toContain('住户登记审核')
    expect(entries()).toContain('红管家安排')
    // Escalations go to the community's staff: street staff have no list of them.
    expect(entries()).not.toContain('转来的求助')
    expect(entries()).not.toContain('编辑新居民指南')
    expect(entries()).not.toContain('代居民登记')
  })

  it('opens each resident page in its subpackage', async () => {
    await open(aMe())
    for (const name of ['我的登记', '我的数据', '谁查看过我的资料', '家属代办', '新居民指南']) fireEvent.click(screen.getByRole('link', { name }))
    expect(taroLog.navigations.map((n) => n.url)).toEqual([
      '/packages/resident/pages/registration/index',
      '/packages/resident/pages/my-data/index',
      '/packages/resident/pages/access-log/index',
      '/packages/resident/pages/family/index',
      '/packages/resident/pages/guide/index',
    ])
  })

  it('switches care mode either way, keeps the choice, and can go back to automatic', async () => {
    const { storage } = await open(aMe({ isSenior: true }))
    const toggle = screen.getByRole('switch', { name: '长辈模式' })
    expect(toggle.getAttribute('aria-checked')).toBe('true')
    expect(within(toggle).getByText('已为长辈自动开启，也可以关闭。')).toBeTruthy()
    expect(document.querySelector('.tx-care')).not.toBeNull()

    fireEvent.click(toggle)
    expect(toggle.getAttribute('aria-checked')).toBe('false')
    expect(storage.get(CARE_MODE_KEY)).toBe('off')
    expect(document.querySelector('.tx-care')).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: '恢复自动（按年龄和微信字体大小）' }))
    expect(storage.get(CARE_MODE_KEY)).toBeNull()
    expect(toggle.getAttribute('aria-checked')).toBe('true')
  })

  it('signs out after asking', async () => {
    const { root } = await open(aMe())
    fireEvent.click(screen.getByRole('button', { name: '退出登录' }))
    await waitFor(() => expect(root.session.isSignedIn).toBe(false))
    expect(taroLog.modals[0]?.title).toBe('退出登录')
  })
})
