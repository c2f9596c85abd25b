/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { ApiError } from '@/adapters/ports'
import { withSessionExpiry } from '@/adapters/session-guard'
import { helpRepository } from '@/features/help/help-repository'
import { HelpDetailStore } from '@/features/help/stores/help-detail-store'
import { HelpFormStore } from '@/features/help/stores/help-form-store'
import { HelpListStore } from '@/features/help/stores/help-list-store'
import { StewardAdminStore } from '@/features/help/stores/steward-admin-store'
import { StewardProfileStore } from '@/features/help/stores/steward-profile-store'
import { Subscriptions } from '@/features/shared/subscribe'
import type { HelpRequestDetail, HelpRequestSummary } from '@contract/api-help'
import { strictConsole } from '../support/strict'

strictConsole()

const summary = (over: Partial<HelpRequestSummary> = {}): HelpRequestSummary => ({
  id: 'h1', kind: '维修', text: '水管漏了', urgent: false, status: 'open', escalated: false, createdAt: '2026-12-01T02:00:00.000Z',
  buildingName: '银杏公寓1幢', requester: null, acceptedBy: null, ...over,
})
const detail = (over: Partial<HelpRequestDetail> = {}): HelpRequestDetail => ({
  ...summary(), events: [], escalatesAt: '2026-12-01T04:00:00.000Z', can: { accept: true, reply: true, resolve: false, cancel: false }, ...over,
})

describe('HelpFormStore', () => {
  async function setup() {
    const api = new FakeApi()
      .on('subscriptionTemplates', () => ({ templates: { helpUpdate: 'tpl-help' } }))
      .on('saveSubscriptions', ({ answers }) => ({ saved: answers.length }))
      .on('requestHelp', () => ({ helpRequestId: 'new1' }))
    const platform = new FakePlatform()
    const subscriptions = new Subscriptions(api, platform)
    await subscriptions.prefetch()
    const expired = jest.fn()
    return { api, platform, expired, store: new HelpFormStore(helpRepository(withSessionExpiry(api, expired)), platform, subscriptions) }
  }

  it('asks for the helpUpdate subscription inside the tap, before anything waits, then sends', async () => {
    const { api, platform, store } = await setup()
    store.choose('就医陪同')
    store.setText(' 明天复查 ')
    store.setUrgent(true)
    const sending = store.submit()
    expect(platform.subscribeRequests).toEqual([['tpl-help']])
    expect(await sending).toBe('new1')
    expect(api.calls.find((c) => c.name === 'requestHelp')?.params).toEqual({ kind: '就医陪同', text: '明天复查', urgent: true })
    expect(api.calls.find((c) => c.name === 'saveSubscriptions')?.params).toEqual({ answers: [{ kind: 'helpUpdate', accepted: true }] })
    expect(platform.toasts).toEqual(['求助已发送'])
    expect(store.kind).toBeNull()
  })

  it('says what is missing without asking WeChat or the server', async () => {
    const { api, platform, store } = await setup()
    expect(await store.submit()).toBeNull()
    expect(store.error).toBe('请选择需要哪种帮助。')
    store.choose('其他')
    store.setText('字'.repeat(501))
    expect(await store.submit()).toBeNull()
    expect(store.error).toBe('说明最多500个字。')
    expect(platform.subscribeRequests).toEqual([])
    expect(api.calls.some((c) => c.name === 'requestHelp')).toBe(false)
  })

  it("shows the server's sentence, sends for a senior when asked, and signs out on an expired session", async () => {
    const { api, store, expired } = await setup()
    store.start('senior1')
    store.choose('代买代办')
    api.failWith('requestHelp', 119, '完成住户登记、绑定楼栋后才能向红管家求助。')
    expect(await store.submit()).toBeNull()
    expect(store.error).toBe('完成住户登记、绑定楼栋后才能向红管家求助。')
    expect(api.calls.find((c) => c.name === 'requestHelp')?.params).toMatchObject({ forUserId: 'senior1' })
    api.failWith('requestHelp', 209, '登录已过期，请重新登录。')
    await store.submit()
    expect(expired).toHaveBeenCalled()
  })
})

describe('HelpListStore', () => {
  it('loads, counts waiting requests, keeps what it has on a failed refresh, and resets on an expired session', async () => {
    let fail: number | null = null
    const items = [summary(), summary({ id: 'h2', status: 'accepted' })]
    // The port notices the lapsed session; the root store then resets every personal store.
    const expired = jest.fn((): void => list.reset())
    const api = new FakeApi().on('myHelpRequests', async () => {
      if (fail) throw new ApiError(fail, fail === 209 ? '登录已过期' : '网络不好')
      return { items }
    })
    const list: HelpListStore = new HelpListStore(() => helpRepository(withSessionExpiry(api, expired)).mine())
    await list.load()
    expect(list.status).toBe('ready')
    expect(list.waiting).toBe(1)
    fail = 100
    await list.refresh()
    expect(list.items).toHaveLength(2)
    expect(list.error).toBe('网络不好')
    fail = 209
    await list.load()
    expect(list.items).toEqual([])
    expect(expired).toHaveBeenCalled()
  })
})

describe('HelpDetailStore', () => {
  function setup() {
    let current = detail()
    const api = new FakeApi()
      .on('getHelpRequest', () => current)
      .on('acceptHelpRequest', () => {
        current = detail({ status: 'accepted', can: { accept: false, reply: true, resolve: true, cancel: false } })
        return { status: 'accepted' as const }
      })
      .on('replyHelpRequest', () => ({ eventId: 'e1' }))
      .on('resolveHelpRequest', () => ({ status: 'resolved' as const }))
    const platform = new FakePlatform()
    const hooks = { onChanged: jest.fn() }
    return { api, platform, hooks, store: new HelpDetailStore(helpRepository(api), platform, hooks) }
  }

  it('accepts and reloads, so the actions follow the new state', async () => {
    const { store, hooks, platform } = setup()
    await store.open('h1')
    expect(store.statusLabel).toBe('等待红管家受理')
    expect(await store.accept()).toBe(true)
    expect(store.detail?.can.resolve).toBe(true)
    expect(store.statusLabel).toBe('处理中')
    expect(hooks.onChanged).toHaveBeenCalled()
    expect(platform.toasts).toEqual(['已受理，请尽快联系居民'])
  })

  it('loses an accept race politely: shows the sentence and the request as it now is', async () => {
    const { store, api } = setup()
    await store.open('h1')
    api.failWith('acceptHelpRequest', 142, '这条求助已经有人受理了。')
    api.on('getHelpRequest', () => detail({ status: 'accepted', acceptedBy: { name: '李师傅', role: 'steward' }, can: { accept: false, reply: true, resolve: false, cancel: false } }))
    expect(await store.accept()).toBe(false)
    expect(store.actionError).toBe('这条求助已经有人受理了。')
    expect(store.detail?.acceptedBy?.name).toBe('李师傅')
  })

  it('checks a reply and a resolve note before sending, and clears them once sent', async () => {
    const { store, api } = setup()
    await store.open('h1')
    expect(await store.reply()).toBe(false)
    expect(store.actionError).toBe('请填写回复内容。')
    store.setReply(' 马上到 ')
    expect(await store.reply()).toBe(true)
    expect(api.calls.find((c) => c.name === 'replyHelpRequest')?.params).toEqual({ helpRequestId: 'h1', text: '马上到' })
    expect(store.replyText).toBe('')
    expect(await store.resolve()).toBe(false)
    expect(store.actionError).toBe('请写一句处理结果。')
    store.setNote('修好了')
    expect(await store.resolve()).toBe(true)
  })
})

describe('StewardAdminStore', () => {
  function setup(scope = { communities: [{ id: 'c1', name: '杨家门社区' }], street: false }) {
    const api = new FakeApi()
      .on('placeOptions', (p) => ({
        communities: [{ id: 'c1', name: '杨家门社区' }, { id: 'c2', name: '庆丰社区' }],
        compounds: p.communityId ? [{ id: 'p1', name: '银杏公寓', communityId: p.communityId }] : [],
        buildings: p.compoundId ? [{ id: 'b1', name: '1幢', units: 2, floors: 6, doorsPerFloor: 2 }] : [],
      }))
      .on('buildingStewards', () => ({
        building: { id: 'b1', name: '1幢', compoundName: '银杏公寓', communityName: '杨家门社区' },
        current: [],
        history: [],
      }))
      .on('assignSteward', () => ({ assignmentId: 'a1' }))
      .on('endStewardAssignment', () => ({ endedAt: '2026-12-01T00:00:00.000Z' }))
    const platform = new FakePlatform()
    return { api, platform, store: new StewardAdminStore(helpRepository(api), platform, () => scope) }
  }

  it("chooses community staff's own community at once, then compound and building", async () => {
    const { store } = setup()
    await store.start()
    expect(store.communityId).toBe('c1')
    expect(store.compounds.map((c) => c.name)).toEqual(['银杏公寓'])
    await store.chooseCompound('p1')
    await store.chooseBuilding('b1')
    expect(store.view?.building.compoundName).toBe('银杏公寓')
  })

  it('offers street staff every community', async () => {
    const { store } = setup({ communities: [], street: true })
    await store.start()
    expect(store.communities).toHaveLength(2)
    expect(store.communityId).toBe('')
  })

  it('checks the phone before asking, shows the server refusal under it, and needs a reason to end', async () => {
    const { store, api, platform } = setup()
    await store.start()
    await store.chooseCompound('p1')
    await store.chooseBuilding('b1')
    store.setPhone('123')
    expect(await store.assign()).toBe(false)
    expect(store.phoneError).toBe('请填写正确的11位手机号。')
    api.failWith('assignSteward', 101, '没有找到这个手机号的杨家门社区认证居民：红管家须是本社区已认证的居民。')
    store.setPhone('139 0000 0011')
    expect(await store.assign()).toBe(false)
    expect(store.phoneError).toMatch(/^没有找到这个手机号/)
    api.on('assignSteward', () => ({ assignmentId: 'a1' }))
    expect(await store.assign()).toBe(true)
    expect(api.calls.filter((c) => c.name === 'assignSteward').pop()?.params).toEqual({ buildingId: 'b1', phone: '13900000011' })
    expect(store.phone).toBe('')
    expect(await store.end('a1', ' ')).toBe(false)
    expect(platform.toasts).toContain('请写明结束的原因。')
    expect(await store.end('a1', '搬家')).toBe(true)
  })
})

describe('StewardProfileStore', () => {
  function setup() {
    const api = new FakeApi()
      .on('myStewardProfile', () => ({ profile: { intro: '有事找我', dutyHours: null, photoUrl: null }, buildings: [{ id: 'b1', name: '银杏公寓1幢' }] }))
      .on('saveStewardProfile', (p) => ({ profile: { intro: p.intro ?? null, dutyHours: p.dutyHours ?? null, photoUrl: p.photoId ? 'https://files/p.jpg' : null } }))
      .on('uploadFile', () => ({ id: 'up1', url: 'https://files/p.jpg', name: 'p.jpg', contentType: 'image/jpeg', size: 10 }))
    const platform = new FakePlatform()
    return { api, platform, store: new StewardProfileStore(helpRepository(api), api, platform) }
  }

  it('loads the card, refuses an overlong introduction, and saves a trimmed one', async () => {
    const { store, api } = setup()
    await store.load()
    expect(store.intro).toBe('有事找我')
    expect(store.introCounter).toBe('4/200')
    store.set('intro', '字'.repeat(201))
    expect(await store.save()).toBe(false)
    expect(store.error).toBe('简介最多200个字。')
    store.set('intro', ' 退休党员 ')
    store.set('dutyHours', '工作日 18:00-20:00')
    expect(await store.save()).toBe(true)
    expect(api.calls.find((c) => c.name === 'saveStewardProfile')?.params).toEqual({ intro: '退休党员', dutyHours: '工作日 18:00-20:00' })
  })

  it('uploads a picked photo and attaches it on save; a closed picker or a too-large photo does nothing', async () => {
    const { store, api, platform } = setup()
    await store.load()
    await store.pickPhoto()
    expect(api.calls.some((c) => c.name === 'uploadFile')).toBe(false)
    expect(platform.toasts).toEqual([])
    platform.pickedFiles = [{ name: 'big.jpg', contentType: 'image/jpeg', size: 5 * 1024 * 1024, previewUrl: 'blob:big', base64: async () => 'x' }]
    await store.pickPhoto()
    expect(platform.toasts).toEqual(['图片不能超过1MB，请换一张或压缩后再试。'])
    platform.pickedFiles = [{ name: 'p.jpg', contentType: 'image/jpeg', size: 1000, previewUrl: 'blob:p', base64: async () => 'eA==' }]
    await store.pickPhoto()
    expect(store.photoUrl).toBe('https://files/p.jpg')
    await store.save()
    expect(api.calls.find((c) => c.name === 'saveStewardProfile')?.params).toMatchObject({ photoId: 'up1' })
    store.removePhoto()
    expect(store.photoUrl).toBeNull()
    await store.save()
    expect(api.calls.filter((c) => c.name === 'saveStewardProfile').pop()?.params).toMatchObject({ photoId: null })
  })
})
