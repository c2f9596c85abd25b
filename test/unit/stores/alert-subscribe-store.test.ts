/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { Subscriptions } from '@/features/shared/subscribe'
import { AlertSubscribeStore } from '@/features/notify/stores/alert-subscribe-store'
import { strictConsole } from '../support/strict'

strictConsole()

function setup(templates: Record<string, string> | null = { urgentNotice: 'tmpl-urgent', helpUpdate: 'tmpl-help' }) {
  const api = new FakeApi().on('saveSubscriptions', (p) => ({ saved: p.answers.filter((a) => a.accepted).length }))
  if (templates) api.on('subscriptionTemplates', () => ({ templates }))
  else api.failWith('subscriptionTemplates', 100, '网络不可用')
  const platform = new FakePlatform()
  const subscriptions = new Subscriptions(api, platform)
  return { api, platform, subscriptions, store: new AlertSubscribeStore(subscriptions, platform) }
}

describe('接收紧急公告提醒', () => {
  it("asks WeChat's sheet within the tap, before anything awaits, and records the acceptance", async () => {
    const { api, platform, subscriptions, store } = setup()
    await subscriptions.prefetch()
    const done = store.subscribe()
    // Synchronously: WeChat only shows the sheet inside the tap.
    expect(platform.subscribeRequests).toEqual([['tmpl-urgent']])
    expect(store.asking).toBe(true)
    expect(await done).toBe(true)
    expect(api.calls.filter((c) => c.name === 'saveSubscriptions').map((c) => c.params)).toEqual([{ answers: [{ kind: 'urgentNotice', accepted: true }] }])
    expect(platform.toasts).toEqual(['已开启，下一条紧急公告会通过微信提醒您'])
    expect(store.asking).toBe(false)
  })

  it('says so when the person refuses, and records the refusal', async () => {
    const { api, platform, subscriptions, store } = setup()
    await subscriptions.prefetch()
    platform.subscribeAnswers['tmpl-urgent'] = 'reject'
    expect(await store.subscribe()).toBe(false)
    expect(api.calls.filter((c) => c.name === 'saveSubscriptions').map((c) => c.params)).toEqual([{ answers: [{ kind: 'urgentNotice', accepted: false }] }])
    expect(platform.toasts).toEqual(['未开启微信提醒，紧急公告仍会显示在这里'])
  })

  it('without template ids yet, fetches them and asks at the next tap', async () => {
    const { api, platform, store } = setup()
    expect(await store.subscribe()).toBe(false)
    expect(platform.subscribeRequests).toEqual([])
    expect(api.calls.map((c) => c.name)).toEqual(['subscriptionTemplates'])
    expect(await store.subscribe()).toBe(true)
    expect(platform.subscribeRequests).toEqual([['tmpl-urgent']])
  })

  it('asks nothing when no template is configured for urgent notices', async () => {
    const { platform, subscriptions, store } = setup({ helpUpdate: 'tmpl-help' })
    await subscriptions.prefetch()
    expect(await store.subscribe()).toBe(false)
    expect(platform.subscribeRequests).toEqual([])
    expect(platform.toasts).toEqual(['未开启微信提醒，紧急公告仍会显示在这里'])
  })

  it("the features' ask() asks several kinds at once within the tap and records each answer", async () => {
    const { api, platform, subscriptions } = setup()
    await subscriptions.prefetch()
    platform.subscribeAnswers['tmpl-help'] = 'reject'
    const done = subscriptions.ask(['helpUpdate', 'urgentNotice', 'problemUpdate'])
    expect(platform.subscribeRequests).toEqual([['tmpl-help', 'tmpl-urgent']])
    await done
    expect(api.calls.filter((c) => c.name === 'saveSubscriptions').map((c) => c.params)).toEqual([
      { answers: [{ kind: 'helpUpdate', accepted: false }, { kind: 'urgentNotice', accepted: true }] },
    ])
  })
})
