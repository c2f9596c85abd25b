/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { Subscriptions } from '@/features/shared/subscribe'
import { ApplicationFormStore, AUTOSAVE_MS } from '@/features/welfare/stores/application-form-store'
import { welfareRepository } from '@/features/welfare/welfare-repository'
import { aProgramme, anApplication } from '../support/welfare'
import { strictConsole } from '../support/strict'

strictConsole()

function setup(api = new FakeApi()) {
  api
    .on('getWelfareProgramme', () => ({ programme: aProgramme(), byStatus: {} }))
    .on('placeOptions', () => ({ communities: [{ id: 'c1', name: '杨家门社区' }, { id: 'c2', name: '庆丰社区' }], compounds: [], buildings: [] }))
    .on('myHome', () => ({ community: { id: 'c1' } }) as never)
    .on('saveWelfareApplication', (p) => ({ applicationId: (p as { applicationId?: string }).applicationId ?? 'a1' }))
    .on('submitWelfareApplication', () => ({ status: 'submitted' }))
    .on('subscriptionTemplates', () => ({ templates: { welfareUpdate: 'tpl-welfare' } }))
    .on('saveSubscriptions', () => ({ saved: 1 }))
  const platform = new FakePlatform()
  const storage = new MemoryStorage()
  const subscriptions = new Subscriptions(api, platform)
  const onSubmitted = jest.fn()
  const store = new ApplicationFormStore({
    repo: welfareRepository(api),
    platform,
    storage,
    subscriptions,
    userId: () => 'u1',
    onSubmitted,
  })
  return { store, api, platform, storage, subscriptions, onSubmitted }
}

function fill(store: ApplicationFormStore) {
  store.set('applicantKind', 'team')
  store.set('orgName', '青年志愿服务队')
  store.set('projectName', '老人助餐')
  store.set('category', '助老')
  store.set('beneficiaries', '独居老人')
  store.set('beneficiaryCount', '40')
  store.set('startDate', '2030-01-01')
  store.set('endDate', '2030-06-30')
  store.setItem(0, 'name', '物资')
  store.setItem(0, 'yuan', '5000')
  store.addItem()
  store.setItem(1, 'name', '印刷')
  store.setItem(1, 'yuan', '1,200.5')
  store.set('description', '每周送餐')
  store.set('outcomes', '服务40位老人')
}

const saves = (api: FakeApi) => api.calls.filter((c) => c.name === 'saveWelfareApplication')

describe('ApplicationFormStore', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('starts with the person’s own community chosen and computes the total in fen', async () => {
    const { store } = setup()
    await store.start('p1')
    expect(store.draft.communityIds).toEqual(['c1'])
    fill(store)
    expect(store.totalFen).toBe(620_050)
    expect(store.fields.items).toEqual([
      { name: '物资', amountFen: 500_000 },
      { name: '印刷', amountFen: 120_050 },
    ])
    expect(store.errors).toEqual({})
  })

  it('saves a server draft once typing pauses, not on every key', async () => {
    const { store, api, storage } = setup()
    await store.start('p1')
    store.set('projectName', '老')
    store.set('projectName', '老人')
    store.set('projectName', '老人助餐')
    expect(store.saveState).toBe('pending')
    expect(saves(api)).toHaveLength(0)
    await jest.advanceTimersByTimeAsync(AUTOSAVE_MS)
    expect(saves(api)).toHaveLength(1)
    expect(saves(api)[0].params).toMatchObject({ programmeId: 'p1', projectName: '老人助餐' })
    expect(store.saveState).toBe('saved')
    expect(storage.get('tongxin.welfareDraft.u1.p1')).toBe('a1')
    store.set('category', '助老')
    await jest.advanceTimersByTimeAsync(AUTOSAVE_MS)
    expect(saves(api)[1].params).toMatchObject({ applicationId: 'a1', category: '助老' })
  })

  it('does not save an amount that is not money; the problem shows as it is typed', async () => {
    const { store, api } = setup()
    await store.start('p1')
    store.setItem(0, 'name', '物资')
    for (const [typed, error] of [
      ['-5', '第1项的金额不能是负数。'],
      ['1.234', '第1项的金额最多精确到分（两位小数）。'],
      ['abc', '第1项的金额必须是数字。'],
    ]) {
      store.setItem(0, 'yuan', typed)
      expect(store.errors.items).toBe(error)
      expect(store.savable).toBe(false)
    }
    await jest.advanceTimersByTimeAsync(AUTOSAVE_MS)
    expect(saves(api)).toHaveLength(0)
    store.set('startDate', '2030-02-01')
    store.set('endDate', '2030-01-01')
    expect(store.errors.endDate).toBe('结束日期不能早于开始日期。')
  })

  it('resumes the draft this person left for the programme', async () => {
    const { store, api, storage } = setup()
    storage.set('tongxin.welfareDraft.u1.p1', 'a1')
    api.on('getWelfareApplication', () => ({ application: anApplication() }))
    await store.start('p1')
    expect(store.applicationId).toBe('a1')
    expect(store.draft.projectName).toBe('老人助餐')
    expect(store.draft.items).toEqual([{ name: '物资', yuan: '1200.5' }])
  })

  it('forgets a remembered draft that was submitted meanwhile, and starts blank', async () => {
    const { store, api, storage } = setup()
    storage.set('tongxin.welfareDraft.u1.p1', 'a1')
    api.on('getWelfareApplication', () => ({ application: anApplication({ status: 'submitted' }) }))
    await store.start('p1')
    expect(store.applicationId).toBeNull()
    expect(store.draft.projectName).toBe('')
    expect(storage.get('tongxin.welfareDraft.u1.p1')).toBeNull()
  })

  it('refuses to submit an incomplete application: every problem shows, nothing is sent', async () => {
    const { store, api } = setup()
    await store.start('p1')
    expect(await store.submit()).toBeNull()
    expect(Object.keys(store.errors)).toEqual(expect.arrayContaining(['projectName', 'category', 'items', 'description']))
    expect(api.calls.filter((c) => c.name === 'submitWelfareApplication')).toHaveLength(0)
  })

  it('refuses a total over the cap before sending', async () => {
    const { store, api } = setup()
    await store.start('p1')
    fill(store)
    store.setItem(0, 'yuan', '30000')
    await store.submit()
    expect(store.errors.totalFen).toBe('预算总额超过了本期每个项目的上限30,000.00元。')
    expect(api.calls.filter((c) => c.name === 'submitWelfareApplication')).toHaveLength(0)
  })

  it('asks WeChat for update messages first in the tap, then saves and submits', async () => {
    const { store, api, platform, subscriptions, onSubmitted, storage } = setup()
    await subscriptions.prefetch()
    await store.start('p1')
    fill(store)
    const done = store.submit()
    // Before anything awaited: WeChat's sheet must open inside the tap.
    expect(platform.subscribeRequests).toEqual([['tpl-welfare']])
    expect(await done).toBe('a1')
    const order = api.calls.map((c) => c.name).filter((n) => n.includes('Welfare'))
    expect(order.slice(-2)).toEqual(['saveWelfareApplication', 'submitWelfareApplication'])
    expect(onSubmitted).toHaveBeenCalledWith('a1')
    expect(platform.toasts).toContain('已提交，等待社区初审')
    expect(storage.get('tongxin.welfareDraft.u1.p1')).toBeNull()
  })

  it('shows the server’s sentence when submission is refused', async () => {
    const { store, api } = setup()
    await store.start('p1')
    fill(store)
    api.failWith('submitWelfareApplication', 142, '本期申报已于2026-04-30截止，不能再提交。')
    expect(await store.submit()).toBeNull()
    expect(store.serverError).toBe('本期申报已于2026-04-30截止，不能再提交。')
  })

  it('cannot submit while the window is closed', async () => {
    const { store, api } = setup()
    api.on('getWelfareProgramme', () => ({ programme: aProgramme({ phase: 'closed' }), byStatus: {} }))
    await store.start('p1')
    expect(store.canSubmit).toBe(false)
  })

  it('attaches PDFs and pictures picked as documents, uploads them as welfare files, and refuses one over 5MB', async () => {
    const { store, api, platform } = setup()
    let n = 0
    api.on('uploadFile', (p) => ({ id: `f${++n}`, url: `https://x/${p.name}`, name: p.name ?? '', contentType: p.contentType, size: 10 }))
    await store.start('p1')
    const doc = (name: string, contentType: string, size: number) => ({ name, contentType, size, previewUrl: name, base64: async () => 'JVBERi0=' })
    platform.pickedDocuments = [doc('预算明细.pdf', 'application/pdf', 100 * 1024), doc('现场.png', 'image/png', 2048)]
    await store.addAttachments()
    expect(store.attachments.map((a) => [a.name, a.contentType])).toEqual([['预算明细.pdf', 'application/pdf'], ['现场.png', 'image/png']])
    expect(api.calls.filter((c) => c.name === 'uploadFile').map((c) => (c.params as { purpose: string }).purpose)).toEqual(['welfare', 'welfare'])
    platform.pickedDocuments = [doc('大文件.pdf', 'application/pdf', 6 * 1024 * 1024)]
    await store.addAttachments()
    expect(store.attachments).toHaveLength(2)
    expect(platform.toasts).toContain('文件不能超过5MB，请换一个或压缩后再试。')
  })
})
