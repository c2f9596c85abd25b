/**
 * Demo data of Red summons and the time bank (issue #5); called by generate.ts after the street, people and notices exist.
 *
 * The 2026 summer campaign (红色召集令, every Saturday from May to August) is in the past: its
 * activities are closed, with attendance and ledger credits. At full scale it matches the street's
 * figures (5,200 volunteers, 3,240 activities, about 250,000 hours); at demo scale the pilot
 * community has one activity a Saturday and the demo resident has some hours. A few activities
 * ahead of the day the seed runs give the demo something to sign up for, one nearly full and one
 * full with a waiting list.
 */
import { hoursFor, saturdaysBetween, atDayTime } from '@/domain/activity'
import type { FeatureSeed, FeatureSeedContext, Row } from './types'

const THEMES = ['国卫复查', '文明创建', '清洁家园', '便民服务', '其他'] as const
const TITLES: Record<(typeof THEMES)[number], string[]> = {
  国卫复查: ['国卫复查楼道清理', '背街小巷环境整治', '国卫复查入户宣传'],
  文明创建: ['文明劝导志愿岗', '文明交通路口劝导', '垃圾分类督导'],
  清洁家园: ['清洁家园大扫除', '小区绿化带捡拾垃圾', '楼道杂物清理'],
  便民服务: ['心贴心便民服务日', '义务理发与量血压', '家电义务维修'],
  其他: ['关爱独居老人走访', '社区读书角整理', '防诈骗宣传'],
}
const PLACES = ['党群服务中心门口', '小区南门广场', '红色物业服务站', '社区文化家园', '邻里中心']

const FIGURES = {
  demo: { volunteersPerCommunity: 40, activitiesPerSaturday: 1, communities: 1, attendees: [6, 10] as const },
  full: { volunteersPerCommunity: 289, activitiesPerSaturday: 10, communities: 18, attendees: [26, 34] as const },
}

const HOUR = 3_600_000

export const seedActivity: FeatureSeed = (ctx) => {
  const { rows, random, stableId, demo } = ctx
  const fig = FIGURES[ctx.scale]
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]
  const residentsByCommunity = new Map<string, Row[]>()
  for (const r of rows.Resident) {
    if (!r.user || !r.verified || typeof r.community !== 'string') continue
    const list = residentsByCommunity.get(r.community) ?? []
    list.push(r)
    residentsByCommunity.set(r.community, list)
  }
  const communityOf = new Map(rows.Resident.filter((r) => r.user).map((r) => [r.user as string, r.community as string]))
  const communityIds = rows.Community.slice(0, fig.communities).map((c) => c.objectId)
  const volunteers = new Map<string, string[]>()
  for (const cid of communityIds) {
    const pool = (residentsByCommunity.get(cid) ?? []).map((r) => r.user as string).filter((u) => u !== demo.resident.userId)
    const chosen = pool.slice(0, fig.volunteersPerCommunity)
    // The demo resident volunteers in the pilot community.
    if (cid === demo.communityId) chosen.unshift(demo.resident.userId)
    volunteers.set(cid, chosen)
  }

  const campaignId = stableId('Campaign', 2026)
  rows.Campaign = [
    { objectId: campaignId, name: '2026年红色召集令', street: demo.streetId, startsOn: '2026-05-01', endsOn: '2026-08-31', createdBy: demo.streetStaff.userId, _rperm: [], _wperm: [] },
  ]
  rows.Activity = []
  rows.ActivitySignup = []
  rows.TimeBankEntry = []
  rows.VolunteerPrefs = []
  let an = 0
  let sn = 0

  for (const day of saturdaysBetween('2026-05-01', '2026-08-31')) {
    for (const cid of communityIds) {
      const organiser = cid === demo.communityId ? demo.communityStaff.userId : demo.streetStaff.userId
      for (let k = 0; k < fig.activitiesPerSaturday; k++) {
        const theme = pick(THEMES)
        const startHour = 7 + Math.floor(random() * 7)
        const hours = pick([2.5, 3, 3, 3.5, 4])
        const startsAt = new Date(atDayTime(day, `${String(startHour).padStart(2, '0')}:${pick(['00', '30'])}`))
        const endsAt = new Date(startsAt.getTime() + hours * HOUR)
        const activityId = stableId('Activity', an++)
        const pool = volunteers.get(cid) ?? []
        const want = fig.attendees[0] + Math.floor(random() * (fig.attendees[1] - fig.attendees[0] + 1))
        const capacity = want + Math.floor(random() * 6)
        // A random run of the community's volunteers; the demo resident joins every third Saturday.
        const startAt = Math.floor(random() * pool.length)
        const people = new Set<string>()
        for (let i = 0; people.size < Math.min(want, pool.length) && i < pool.length; i++) people.add(pool[(startAt + i) % pool.length])
        if (cid === demo.communityId && k === 0 && an % 3 === 0) {
          people.add(demo.resident.userId)
        }
        let seq = 0
        for (const userId of people) {
          const signupId = stableId('ActivitySignup', sn++)
          const noShow = userId !== demo.resident.userId && random() < 0.06
          const checkInAt = noShow ? null : new Date(startsAt.getTime() + (random() * 20 - 10) * 60_000)
          const checkOutAt = noShow ? null : new Date(endsAt.getTime() - random() * 40 * 60_000)
          rows.ActivitySignup.push({
            objectId: signupId, activity: activityId, user: userId, status: 'confirmed', seq: ++seq,
            checkInAt, checkOutAt, attendance: noShow ? 'noShow' : 'present', remindedAt: new Date(startsAt.getTime() - 24 * HOUR), _rperm: [], _wperm: [],
          })
          if (noShow) continue
          const credit = hoursFor({ startsAt, endsAt }, checkInAt, checkOutAt)
          if (credit <= 0) continue
          rows.TimeBankEntry.push({
            objectId: stableId('TimeBankEntry', signupId), user: userId, community: communityOf.get(userId) ?? cid, hours: credit,
            source: 'attendance', sourceKey: `attendance:${signupId}`, activity: activityId, signup: signupId,
            confirmedBy: organiser, confirmedAt: new Date(endsAt.getTime() + HOUR), _rperm: [], _wperm: [],
          })
        }
        rows.Activity.push({
          objectId: activityId, title: pick(TITLES[theme]), theme, street: demo.streetId, campaign: campaignId,
          communityIds: JSON.stringify([cid]), startsAt, endsAt, signupDeadline: new Date(startsAt.getTime() - 12 * HOUR),
          placeText: `${rows.Community.find((c) => c.objectId === cid)?.name ?? ''}${pick(PLACES)}`, placeCommunity: cid,
          capacity: Math.max(capacity, seq), confirmedCount: seq, waitlistCount: 0, signupSeq: seq,
          description: '请穿着志愿者红马甲，听从组织者安排。', bring: '手套、水杯', organiser, organiserRole: cid === demo.communityId ? '社区工作人员' : '街道工作人员',
          createdBy: organiser, status: 'closed', closedAt: new Date(endsAt.getTime() + HOUR), closedBy: organiser, _rperm: [], _wperm: [],
        })
      }
    }
  }

  // About a third of volunteers agreed to appear on the leaderboard.
  let pn = 0
  for (const list of volunteers.values()) {
    for (const userId of list) {
      if (userId !== demo.resident.userId && random() < 0.35) rows.VolunteerPrefs.push({ objectId: stableId('VolunteerPrefs', pn++), user: userId, onLeaderboard: true, _rperm: [], _wperm: [] })
    }
  }

  upcoming(ctx, campaignId, volunteers.get(demo.communityId) ?? [], () => stableId('Activity', an++), () => stableId('ActivitySignup', sn++))
}

/** Activities ahead of the day the seed runs, in the pilot community. */
function upcoming(ctx: FeatureSeedContext, _campaignId: string, pool: string[], nextActivity: () => string, nextSignup: () => string): void {
  const { rows, demo, today } = ctx
  const others = pool.filter((u) => u !== demo.resident.userId && u !== demo.senior.userId)
  const plan = [
    { inDays: 2, title: '清洁家园大扫除', theme: '清洁家园', capacity: 8, taken: 7, waiting: 0, organiser: demo.steward.userId, role: '楼道红管家' },
    { inDays: 3, title: '义务理发与量血压', theme: '便民服务', capacity: 6, taken: 6, waiting: 2, organiser: demo.communityStaff.userId, role: '社区工作人员' },
    { inDays: 5, title: '文明交通路口劝导', theme: '文明创建', capacity: 20, taken: 4, waiting: 0, organiser: demo.communityStaff.userId, role: '社区工作人员' },
    { inDays: 9, title: '关爱独居老人走访', theme: '其他', capacity: 12, taken: 2, waiting: 0, organiser: demo.communityStaff.userId, role: '社区工作人员' },
  ]
  let offset = 0
  for (const p of plan) {
    const startsAt = new Date(today.getTime() + p.inDays * 24 * HOUR + 8.5 * HOUR)
    const endsAt = new Date(startsAt.getTime() + 2.5 * HOUR)
    const id = nextActivity()
    const people = others.slice(offset, offset + p.taken + p.waiting)
    offset += p.taken + p.waiting
    people.forEach((userId, i) => {
      rows.ActivitySignup.push({
        objectId: nextSignup(), activity: id, user: userId, status: i < p.taken ? 'confirmed' : 'waitlisted', seq: i + 1,
        checkInAt: null, checkOutAt: null, attendance: null, remindedAt: null, _rperm: [], _wperm: [],
      })
    })
    rows.Activity.push({
      objectId: id, title: p.title, theme: p.theme, street: demo.streetId, campaign: null, communityIds: JSON.stringify([demo.communityId]),
      startsAt, endsAt, signupDeadline: new Date(startsAt.getTime() - 12 * HOUR), placeText: '杨家门社区党群服务中心门口', placeCommunity: demo.communityId,
      capacity: p.capacity, confirmedCount: Math.min(p.taken, people.length), waitlistCount: Math.max(0, people.length - p.taken), signupSeq: people.length,
      description: '请提前10分钟到集合地点，扫组织者手机上的二维码签到。', bring: '手套、水杯', organiser: p.organiser, organiserRole: p.role,
      createdBy: demo.communityStaff.userId, status: 'open', closedAt: null, closedBy: null, _rperm: [], _wperm: [],
    })
  }
}

/** Seeded classes of this feature, in insert order (write.ts). */
export const activitiesSeedOrder: string[] = ['Campaign', 'Activity', 'ActivitySignup', 'TimeBankEntry', 'VolunteerPrefs']
