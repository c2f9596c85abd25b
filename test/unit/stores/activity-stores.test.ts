/**
 * @jest-environment node
 */
import type { ActivityDetail, ActivityListItem } from '@contract/api-activities'
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { activitiesRepository } from '@/features/activities/activities-repository'
import { ActivityDetailStore } from '@/features/activities/stores/activity-detail-store'
import { ActivityFormStore } from '@/features/activities/stores/activity-form-store'
import { ActivityListStore } from '@/features/activities/stores/activity-list-store'
import { ManageStore } from '@/features/activities/stores/manage-store'
import { TimeBankStore } from '@/features/activities/stores/time-bank-store'
import { Subscriptions } from '@/features/shared/subscribe'
import { strictConsole } from '../support/strict'

strictConsole()

const NOW = new Date('2026-11-26T02:00:00Z')

function item(over: Partial<ActivityListItem> = {}): ActivityListItem {
  return {
    id: 'a1', title: '清洁家园', theme: '清洁家园', startsAt: '2026-11-28T00:30:00Z', endsAt: '2026-11-28T03:00:00Z', placeText: '广场',
    capacity: 2, confirmed: 1, waitlisted: 0, placesLeft: 1, signupDeadline: '2026-11-27T12:00:00Z', status: 'open', communities: [], campaignId: null, mine: null, ...over,
  }
}

function detail(over: Partial<ActivityDetail> = {}): ActivityDetail {
  return { ...item(), description: '', bring: '', place: { text: '广场' }, fixedHours: null, organiser: { name: '王红', role: '社区工作人员' }, campaign: null, canManage: false, myAttendance: null, ...over }
}

function detailStore(api: FakeApi, platform = new FakePlatform()) {
  const changed = jest.fn()
  const subs = new Subscriptions(api, platform)
  return { store: new ActivityDetailStore(activitiesRepository(api), platform, subs, changed, () => NOW), changed, platform }
}

describe('ActivityDetailStore', () => {
  it('signs up in one tap, asks for reminders first, and reports a waiting-list place', async () => {
    let current = detail()
    const api = new FakeApi()
      .on('getActivity', () => ({ activity: current }))
      .on('subscriptionTemplates', () => ({ templates: { activityReminder: 'tpl-r', activityUpdate: 'tpl-u' } }))
      .on('saveSubscriptions', () => ({ saved: 2 }) as never)
      .on('signUpForActivity', () => {
        current = detail({ mine: { status: 'waitlisted', position: 3 }, placesLeft: 0 })
        return { status: 'waitlisted', position: 3 }
      })
    const { store, changed, platform } = detailStore(api)
    await new Subscriptions(api, platform).prefetch()
    await store.open('a1')
    expect(store.canSignUp).toBe(true)
    await store.signUp()
    expect(platform.toasts).toContain('名额已满，您是候补第3位')
    expect(store.activity.value?.mine).toEqual({ status: 'waitlisted', position: 3 })
    expect(changed).toHaveBeenCalledWith(expect.objectContaining({ placesLeft: 0 }))
    expect(store.canSignUp).toBe(false)
    expect(store.canCancel).toBe(true)
  })

  it('offers no sign-up after the deadline', async () => {
    const api = new FakeApi().on('getActivity', () => ({ activity: detail({ signupDeadline: '2026-11-26T01:00:00Z' }) }))
    const { store } = detailStore(api)
    await store.open('a1')
    expect(store.canSignUp).toBe(false)
  })

  it('checks in, then out, with a typed code; a bad code says so without calling the server', async () => {
    let current = detail({ mine: { status: 'confirmed', position: null } })
    const api = new FakeApi()
      .on('getActivity', () => ({ activity: current }))
      .on('checkIn', () => {
        current = detail({ mine: { status: 'confirmed', position: null }, myAttendance: { checkInAt: NOW.toISOString(), checkOutAt: null, attendance: 'present', hours: null } })
        return { checkInAt: NOW.toISOString() }
      })
      .on('checkOut', () => ({ checkOutAt: NOW.toISOString(), hours: 2.5 }))
    const { store, platform } = detailStore(api)
    await store.open('a1')
    expect(store.onSiteStep).toBe('checkIn')
    store.setCode('?')
    await store.submitCode()
    expect(store.codeError).toBe('签到码不对，请核对后重新输入或重新扫码。')
    expect(api.calls.some((c) => c.name === 'checkIn')).toBe(false)
    store.setCode('abcd 2345')
    await store.submitCode()
    expect(api.calls.find((c) => c.name === 'checkIn')?.params).toEqual({ activityId: 'a1', code: 'ABCD2345' })
    expect(store.onSiteStep).toBe('checkOut')
    store.setCode('ZZZZ2345')
    await store.submitCode()
    expect(platform.toasts).toEqual(['签到成功', '签退成功，本次约2.5小时'])
  })

  it('shows the server’s sentence when a code is refused, and offers typing when scanning fails', async () => {
    const api = new FakeApi().on('getActivity', () => ({ activity: detail({ mine: { status: 'confirmed', position: null } }) })).failWith('checkIn', 142, '签到码已过期，请扫描组织者手机上最新的二维码。')
    const { store, platform } = detailStore(api)
    await store.open('a1')
    platform.scannedCode = 'tongxin:checkin:a1:ABCD2345'
    await store.scan()
    expect(store.codeError).toBe('签到码已过期，请扫描组织者手机上最新的二维码。')
    platform.scannedCode = null
    await store.scan()
    expect(store.codeError).toMatch(/没有扫到二维码/)
  })
})

describe('ActivityFormStore', () => {
  it('shows errors only after a submit, builds Shanghai times, and creates', async () => {
    const api = new FakeApi().on('createActivity', () => ({ activityId: 'new1' }))
    const store = new ActivityFormStore(activitiesRepository(api), () => NOW)
    expect(store.errors).toEqual({})
    expect(await store.submit()).toBeNull()
    expect(store.errors.title).toBe('请填写活动名称。')
    store.set('title', '清洁家园')
    store.set('theme', '清洁家园')
    store.set('day', '2026-11-28')
    store.set('placeText', '广场')
    store.set('capacity', '0')
    expect(store.errors.capacity).toBe('招募人数必须是大于0的整数。')
    store.set('capacity', '12')
    expect(await store.submit()).toBe('new1')
    expect(api.calls[0].params).toMatchObject({ startsAt: '2026-11-28T00:30:00.000Z', endsAt: '2026-11-28T03:00:00.000Z', signupDeadline: '2026-11-27T12:30:00.000Z', capacity: 12 })
    expect(store.title).toBe('')
  })

  it('keeps the form and shows the server’s refusal', async () => {
    const api = new FakeApi().failWith('createActivity', 119, '社区工作人员只能为自己所在社区发起活动。')
    const store = new ActivityFormStore(activitiesRepository(api), () => NOW)
    Object.entries({ title: 'x', theme: '其他', day: '2026-11-28', placeText: '广场' }).forEach(([k, v]) => store.set(k as 'title', v))
    expect(await store.submit()).toBeNull()
    expect(store.serverError).toBe('社区工作人员只能为自己所在社区发起活动。')
    expect(store.title).toBe('x')
  })
})

describe('ActivityFormStore for a campaign', () => {
  it('generates every Saturday of the campaign from the same template', async () => {
    const api = new FakeApi().on('generateCampaignActivities', () => ({ activityIds: ['s1', 's2'] }))
    const store = new ActivityFormStore(activitiesRepository(api), () => NOW)
    Object.entries({ title: '周六清洁', theme: '清洁家园', placeText: '广场' }).forEach(([k, v]) => store.set(k as 'title', v))
    store.setCampaign('c1')
    expect(await store.submit()).toBe('s1')
    const params = api.calls[0].params as Record<string, unknown>
    expect(params).toMatchObject({ campaignId: 'c1', startTime: '08:30', endTime: '11:00', deadlineHoursBefore: 12, title: '周六清洁' })
    expect(params.startsAt).toBeUndefined()
    expect(store.campaignId).toBeNull()
  })
})

describe('ActivityListStore', () => {
  it('filters by theme and places left, and patches a row after a sign-up', async () => {
    const api = new FakeApi().on('listActivities', () => ({ items: [item()], nextCursor: null })).on('listCampaigns', () => ({ campaigns: [] }))
    const store = new ActivityListStore(activitiesRepository(api))
    await store.load()
    store.setTheme('清洁家园')
    store.toggleHasPlaces()
    await Promise.resolve()
    expect(api.calls.filter((c) => c.name === 'listActivities').pop()?.params).toMatchObject({ theme: '清洁家园', hasPlaces: true })
    store.patch({ id: 'a1', placesLeft: 0 })
    expect(store.list.items[0].placesLeft).toBe(0)
  })
})

describe('ManageStore and TimeBankStore', () => {
  it('shows the code and its QR payload, and confirms once', async () => {
    const api = new FakeApi()
      .on('issueCheckInCode', () => ({ code: 'ABCD2345', expiresAt: NOW.toISOString() }))
      .on('activityRoster', () => ({ entries: [] }))
      .on('confirmAttendance', () => ({ credited: 3, hours: 7.5, noShows: 1 }))
    const platform = new FakePlatform()
    const store = new ManageStore(activitiesRepository(api), platform)
    await store.open('a1')
    expect(store.qrPayload).toBe('tongxin:checkin:a1:ABCD2345')
    await store.confirm()
    expect(store.confirmed).toEqual({ credited: 3, hours: 7.5, noShows: 1 })
    expect(store.code).toBeNull()
    expect(platform.toasts).toEqual(['已确认，3人共7.5小时'])
  })

  it('opts in to the leaderboard and forgets everything on reset', async () => {
    const bank = { balanceHours: 12, yearHours: 4, activityCount: 3, onLeaderboard: false, name: '张三', entries: [] }
    const api = new FakeApi()
      .on('myTimeBank', () => bank)
      .on('timeBankTotals', () => ({ street: { hours: 100, volunteers: 3, activities: 2 }, community: null }))
      .on('leaderboard', () => ({ rows: [] }))
      .on('setLeaderboardOptIn', ({ optIn }) => ({ onLeaderboard: optIn }))
    const store = new TimeBankStore(activitiesRepository(api), new FakePlatform())
    await store.load()
    await store.setOptIn(true)
    expect(store.bank.value?.onLeaderboard).toBe(true)
    store.reset()
    expect(store.bank.value).toBeNull()
  })
})
