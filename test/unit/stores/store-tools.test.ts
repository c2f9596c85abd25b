/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { ApiError } from '@/adapters/ports'
import { withSessionExpiry } from '@/adapters/session-guard'
import { FormModel } from '@/stores/form-model'
import { Mutation } from '@/stores/mutation'
import { PagedList, type Page } from '@/stores/paged-list'
import { Resource } from '@/stores/resource'
import { deferred, type Deferred } from '../support/deferred'
import { strictConsole } from '../support/strict'

strictConsole()

describe('Resource', () => {
  it('drops the answer of an earlier load when a later one has started', async () => {
    const answers: Array<Deferred<string>> = []
    const r = new Resource(() => {
      const d = deferred<string>()
      answers.push(d)
      return d.promise
    })
    const first = r.load()
    const second = r.load()
    answers[1]!.resolve('new')
    await second
    answers[0]!.resolve('old')
    await first
    expect(r.value).toBe('new')
    expect(r.status).toBe('ready')
  })

  it('drops an answer that arrives after reset', async () => {
    const answer = deferred<string>()
    const r = new Resource(() => answer.promise)
    const loading = r.load()
    expect(r.status).toBe('loading')
    r.reset()
    answer.resolve('late')
    await loading
    expect(r.value).toBeNull()
    expect(r.status).toBe('idle')
  })

  it("shows the server's sentence, or the fallback, and keeps the value on a failed refresh", async () => {
    let fail: Error | null = new ApiError(101, '没有找到。')
    const r = new Resource(async () => {
      if (fail) throw fail
      return 1
    }, '加载失败了。')
    await r.load()
    expect(r.status).toBe('error')
    expect(r.error).toBe('没有找到。')
    fail = null
    await r.load()
    expect(r.value).toBe(1)
    expect(r.error).toBeNull()
    fail = new Error('boom')
    const refreshing = r.refresh()
    expect(r.refreshing).toBe(true)
    await refreshing
    expect(r.refreshing).toBe(false)
    expect(r.value).toBe(1)
    expect(r.status).toBe('ready')
    expect(r.error).toBe('加载失败了。')
  })
})

describe('PagedList', () => {
  const item = (id: string) => ({ id })
  it('keeps the items on screen while a refresh runs and replaces them with the answer', async () => {
    let answer: Deferred<Page<{ id: string }>> = deferred()
    const list = new PagedList(() => answer.promise)
    const first = list.load()
    expect(list.status).toBe('loading')
    answer.resolve({ items: [item('a')], nextCursor: null })
    await first
    answer = deferred()
    const refreshing = list.refresh()
    expect(list.refreshing).toBe(true)
    expect(list.status).toBe('ready')
    expect(list.items.map((i) => i.id)).toEqual(['a'])
    answer.resolve({ items: [item('b'), item('a')], nextCursor: null })
    await refreshing
    expect(list.refreshing).toBe(false)
    expect(list.items.map((i) => i.id)).toEqual(['b', 'a'])
  })

  it('drops a page that arrives after reset', async () => {
    const answer = deferred<Page<{ id: string }>>()
    const list = new PagedList(() => answer.promise)
    const loading = list.load()
    list.reset()
    answer.resolve({ items: [item('old')], nextCursor: null })
    await loading
    expect(list.items).toEqual([])
    expect(list.status).toBe('idle')
  })
})

describe('Mutation', () => {
  it('refuses a second run while the first is busy, and toasts success', async () => {
    const platform = new FakePlatform()
    const m = new Mutation({ platform })
    const answer = deferred<number>()
    const action = jest.fn(() => answer.promise)
    const first = m.run(action, { success: (n) => `完成${n}` })
    expect(m.busy).toBe(true)
    expect(await m.run(action)).toBeNull()
    answer.resolve(2)
    expect(await first).toBe(2)
    expect(action).toHaveBeenCalledTimes(1)
    expect(m.busy).toBe(false)
    expect(platform.toasts).toEqual(['完成2'])
  })

  it("keeps and toasts the server's sentence, or the fallback", async () => {
    const platform = new FakePlatform()
    const m = new Mutation({ platform, failure: '保存失败。' })
    expect(await m.run(() => Promise.reject(new ApiError(141, '名额已满。')))).toBeNull()
    expect(m.error).toBe('名额已满。')
    expect(await m.run(() => Promise.reject(new Error('boom')))).toBeNull()
    expect(m.error).toBe('保存失败。')
    expect(platform.toasts).toEqual(['名额已满。', '保存失败。'])
    const quiet = new Mutation({ platform, toastErrors: false })
    await quiet.run(() => Promise.reject(new Error('boom')), { failure: '提交失败。' })
    expect(quiet.error).toBe('提交失败。')
    expect(platform.toasts).toHaveLength(2)
  })
})

describe('FormModel', () => {
  type Values = { name: string; phone: string }
  const validate = (v: Values) => ({
    ...(v.name.trim() ? {} : { name: '请填写姓名。' }),
    ...(/^1\d{10}$/.test(v.phone) ? {} : { phone: '请填写11位手机号。' }),
  })

  it('shows the errors of touched fields while typing, and all of them after a submit attempt', () => {
    const form = new FormModel<Values>(() => ({ name: '', phone: '' }), validate)
    expect(form.errors).toEqual({})
    form.set('phone', '139')
    expect(form.errors).toEqual({ phone: '请填写11位手机号。' })
    expect(form.showAllErrors()).toBe(false)
    expect(form.errors).toEqual({ name: '请填写姓名。', phone: '请填写11位手机号。' })
    form.set('name', '邓敏')
    form.set('phone', '13900000000')
    expect(form.valid).toBe(true)
    expect(form.errors).toEqual({})
  })

  it('forgets touched fields and the submit attempt on reset', () => {
    const form = new FormModel<Values>(() => ({ name: '', phone: '' }), validate)
    form.set('name', '')
    form.showAllErrors()
    form.reset({ name: '', phone: '13900000000' })
    expect(form.errors).toEqual({})
    expect(form.values.phone).toBe('13900000000')
    form.touch('name')
    expect(form.errors).toEqual({ name: '请填写姓名。' })
  })
})

describe('withSessionExpiry', () => {
  it('calls the handler once for a lapsed session and rejects with the sentence as an ordinary error', async () => {
    const fake = new FakeApi().failWith('myHome', 209, '登录已过期，请重新登录。').failWith('me', 209, '登录已过期，请重新登录。')
    const expired = jest.fn(() => api.setSessionToken(null))
    const api = withSessionExpiry(fake, expired)
    api.setSessionToken('r:old')
    // Two calls fail with the same lapsed token: the person is signed out once.
    const results = await Promise.allSettled([api.call('myHome', {}), api.call('me', {})])
    expect(expired).toHaveBeenCalledTimes(1)
    for (const r of results) expect(r).toMatchObject({ status: 'rejected', reason: { message: '登录已过期，请重新登录。' } })
    expect(fake.sessionToken).toBeNull()
  })

  it('leaves other failures and answers alone', async () => {
    const fake = new FakeApi().failWith('myHome', 101, '您还没有登记住址。').on('me', () => ({}) as never)
    const expired = jest.fn()
    const api = withSessionExpiry(fake, expired)
    await expect(api.call('myHome', {})).rejects.toMatchObject({ code: 101 })
    await expect(api.call('me', {})).resolves.toEqual({})
    expect(expired).not.toHaveBeenCalled()
  })
})

describe('Mutation.reset', () => {
  it('silences the run in flight: a session ended meanwhile shows no error and no toast', async () => {
    const platform = new FakePlatform()
    const m = new Mutation({ platform })
    const answer = deferred<number>()
    const running = m.run(() => answer.promise)
    m.reset()
    answer.reject(new ApiError(209, '登录已过期，请重新登录。'))
    expect(await running).toBeNull()
    expect(m.error).toBeNull()
    expect(platform.toasts).toEqual([])
  })
})

describe('RootStore and a lapsed session', () => {
  it('signs out once when several screens find the session gone, and no store shows the error', async () => {
    const { RootStore } = await import('@/app/root-store')
    const { FakeNoticeSignals, MemoryStorage } = await import('@/adapters/fakes')
    const { aHome, aMe } = await import('../support/fixtures')
    const api = new FakeApi()
      .on('demoLogin', () => ({ sessionToken: 'r:1' }))
      .on('me', () => aMe())
      .on('myHome', () => aHome())
      .on('subscriptionTemplates', () => ({ templates: {} }))
    const signals = new FakeNoticeSignals()
    const platform = new FakePlatform()
    const root = new RootStore({ api, storage: new MemoryStorage(), platform, signals })
    const { helpFeature } = await import('@/features/help')
    await root.session.signInDemo('13900000001')
    await root.home.load()
    const help = root.feature(helpFeature)
    const stopsBefore = signals.stopped
    api.failWith('myHome', 209, '登录已过期，请重新登录。').failWith('myHelpRequests', 209, '登录已过期，请重新登录。')
    await Promise.all([root.home.refresh(), help.mine.load()])
    expect(root.session.isSignedIn).toBe(false)
    expect(root.session.error).toBe('登录已过期，请重新登录。')
    // One sign-out stops the notice signals twice (resetPersonal, then the signed-in reaction);
    // a second handling of the same lapse would stop them a third time.
    expect(signals.stopped - stopsBefore).toBe(2)
    expect(root.home.status).toBe('idle')
    expect(help.mine.status).toBe('idle')
    expect(help.mine.error).toBeNull()
    expect(api.sessionToken).toBeNull()
  })
})

describe('FormModel.set with other error fields', () => {
  it('touches the error fields a value feeds when they have other names', () => {
    type Values = { start: string; end: string }
    const form = new FormModel<Values, 'start' | 'end' | 'range'>(
      () => ({ start: '', end: '' }),
      (v) => (v.start && v.end && v.end < v.start ? { range: '结束日期不能早于开始日期。' } : {}),
    )
    form.set('end', '2026-01-01', ['end'])
    form.set('start', '2026-02-01', ['start', 'range'])
    expect(form.errors).toEqual({ range: '结束日期不能早于开始日期。' })
  })
})
