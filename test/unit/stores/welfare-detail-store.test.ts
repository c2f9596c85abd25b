/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { ApplicationDetailStore } from '@/features/welfare/stores/application-detail-store'
import { ProgrammeStore } from '@/features/welfare/stores/programme-store'
import { welfareRepository } from '@/features/welfare/welfare-repository'
import { aProgramme, anApplication } from '../support/welfare'
import { strictConsole } from '../support/strict'

strictConsole()

function setup(view = anApplication()) {
  const api = new FakeApi().on('getWelfareApplication', () => ({ application: view }))
  const platform = new FakePlatform()
  const changed = jest.fn()
  const store = new ApplicationDetailStore(welfareRepository(api), platform, changed)
  return { store, api, platform, changed }
}

const reviews = (api: FakeApi) => api.calls.filter((c) => c.name === 'reviewWelfareApplication')

describe('ApplicationDetailStore', () => {
  it('first review: scores are required to pass, a reason to return; sent as numbers', async () => {
    const { store, api, changed } = setup(anApplication({ status: 'submitted', can: { ...anApplication().can, edit: false, firstReview: true } }))
    api.on('reviewWelfareApplication', () => ({ status: 'passed' }))
    await store.open('a1')
    expect(await store.review('pass')).toBeNull()
    expect(store.actionError).toBe('请为每项评分标准打分。')
    expect(await store.review('revise')).toBeNull()
    expect(store.actionError).toBe('请写明需要修改的地方。')
    store.setScore('need', '90')
    store.setScore('impact', '101')
    expect(await store.review('pass')).toBeNull()
    expect(store.actionError).toBe('“社会效益”的分数应为0到100的整数。')
    expect(reviews(api)).toHaveLength(0)
    store.setScore('impact', '80')
    expect(await store.review('pass')).toBe('passed')
    expect(reviews(api)[0].params).toEqual({ applicationId: 'a1', decision: 'pass', comment: '', scores: { need: 90, impact: 80 } })
    expect(changed).toHaveBeenCalled()
  })

  it('final decision: the amount in yuan becomes fen and may not exceed the request', async () => {
    const { store, api } = setup(anApplication({ status: 'passed', can: { ...anApplication().can, edit: false, finalDecision: true } }))
    api.on('reviewWelfareApplication', () => ({ status: 'approved' }))
    await store.open('a1')
    store.setAmount('1200.51')
    expect(await store.review('approve')).toBeNull()
    expect(store.actionError).toBe('批准金额不能超过申请金额1,200.50元。')
    store.setAmount('1000.5')
    expect(await store.review('approve')).toBe('approved')
    expect(reviews(api)[0].params).toMatchObject({ decision: 'approve', amountFen: 100_050 })
  })

  it('shows the server’s refusal (the budget left is the server’s to check)', async () => {
    const { store, api } = setup(anApplication({ status: 'passed', can: { ...anApplication().can, finalDecision: true } }))
    api.failWith('reviewWelfareApplication', 142, '批准金额超过了本期剩余预算0.00元。')
    await store.open('a1')
    store.setAmount('100')
    expect(await store.review('approve')).toBeNull()
    expect(store.actionError).toBe('批准金额超过了本期剩余预算0.00元。')
  })

  it('posts a progress update with uploaded photos, or the final report', async () => {
    const { store, api, platform } = setup(anApplication({ status: 'approved', can: { ...anApplication().can, postProgress: true } }))
    api.on('uploadFile', () => ({ id: 'f1', url: 'https://x/f1.jpg', name: 'f1.jpg', contentType: 'image/jpeg', size: 10 }))
    api.on('postWelfareProgress', () => ({ postId: 'x' }))
    await store.open('a1')
    expect(await store.postProgress()).toBeNull()
    expect(store.actionError).toBe('请填写进展内容。')
    platform.pickedFiles = [{ name: 'f1.jpg', contentType: 'image/jpeg', size: 10, previewUrl: 'blob:f1', base64: async () => 'AAAA' }]
    await store.addPhotos()
    store.setProgress('第一次送餐完成')
    store.setFinal(true)
    expect(await store.postProgress()).toBe(true)
    expect(api.calls.find((c) => c.name === 'postWelfareProgress')!.params).toEqual({ applicationId: 'a1', text: '第一次送餐完成', photoIds: ['f1'], final: true })
    expect(platform.toasts).toContain('结项报告已提交')
    expect(store.progressText).toBe('')
  })

  it('asks for at most the photos left (9 in all), in the order picked, and says so when full', async () => {
    const { store, api, platform } = setup(anApplication({ status: 'approved', can: { ...anApplication().can, postProgress: true } }))
    let n = 0
    api.on('uploadFile', () => ((n += 1), { id: `f${n}`, url: `https://x/f${n}.jpg`, name: `f${n}.jpg`, contentType: 'image/jpeg', size: 10 }))
    await store.open('a1')
    const pick = (count: number) => Array.from({ length: count }, (_, i) => ({ name: `p${i}.jpg`, contentType: 'image/jpeg', size: 10, previewUrl: `blob:${i}`, base64: async () => 'AAAA' }))
    platform.pickedFiles = pick(7)
    await store.addPhotos()
    platform.pickedFiles = pick(7)
    await store.addPhotos()
    expect(store.photos.map((p) => p.id)).toEqual(['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8', 'f9'])
    await store.addPhotos()
    expect(store.photos).toHaveLength(9)
    expect(platform.toasts).toContain('照片最多9张。')
    expect(api.calls.filter((c) => c.name === 'uploadFile')).toHaveLength(9)
  })

  it('refuses a photo over the size limit before uploading', async () => {
    const { store, api, platform } = setup(anApplication({ status: 'approved' }))
    await store.open('a1')
    platform.pickedFiles = [{ name: 'big.jpg', contentType: 'image/jpeg', size: 3 * 1024 * 1024, previewUrl: 'blob:b', base64: async () => '' }]
    await store.addPhotos()
    expect(platform.toasts[0]).toMatch(/不能超过2MB/)
    expect(api.calls.some((c) => c.name === 'uploadFile')).toBe(false)
  })
})

describe('ProgrammeStore', () => {
  it('opens the programme whose window is open, with its funded projects and budget shares', async () => {
    const old = aProgramme({ id: 'old', phase: 'closed', approvedFen: 15_000_000 })
    const open = aProgramme({ id: 'p1', approvedFen: 7_500_000 })
    const api = new FakeApi()
      .on('listWelfareProgrammes', () => ({ items: [old, open] }))
      .on('getWelfareProgramme', ({ programmeId }) => ({ programme: programmeId === 'p1' ? open : old, byStatus: { approved: 2 } }))
      .on('listFundedProjects', () => ({ items: [], budgetFen: 30_000_000, approvedFen: 7_500_000 }))
    const store = new ProgrammeStore(welfareRepository(api))
    await store.load()
    expect(store.programme?.id).toBe('p1')
    expect(store.shares).toEqual({ usedPct: 25, leftPct: 75, leftFen: 22_500_000 })
    await store.load('old')
    expect(store.programme?.id).toBe('old')
  })

  it('says so when loading fails', async () => {
    const api = new FakeApi().failWith('listWelfareProgrammes', 100, '网络不可用')
    const store = new ProgrammeStore(welfareRepository(api))
    await store.load()
    expect(store.page.status).toBe('error')
    expect(store.page.error).toBe('网络不可用')
  })
})
