/**
 * Demo data of Stewards and help requests (issue #4): every steward's card (duty hours and a short
 * introduction), and a history of resolved help requests (about one per hundred residents at full
 * scale), so inboxes and the resident's 我的求助 are not empty. Nothing open is seeded: an open request
 * would escalate by itself at the first tick of the job.
 */
import type { FeatureSeed, Row } from './types'

const DUTY = ['工作日 18:00-20:00', '每天 08:00-10:00', '周末全天', '工作日 12:00-13:30，19:00-21:00', '每天 17:00-19:00']
const INTRO = [
  '在这栋楼住了二十多年，谁家有事都可以找我。',
  '退休党员，平时在家，代买代办、陪同看病都可以喊我。',
  '楼道卫生、邻里纠纷、报修登记，找我就行。',
  '有事请先打电话，不方便接听时请发求助，我看到就回。',
]
const CASES: Array<{ kind: string; text: string; note: string }> = [
  { kind: '就医陪同', text: '下周二去市一院复查，想找人陪一下。', note: '已陪同复查，结果正常。' },
  { kind: '代买代办', text: '腿脚不方便，请帮忙买些米和油。', note: '已送到家门口。' },
  { kind: '维修', text: '厨房水龙头一直滴水。', note: '已联系物业更换阀芯。' },
  { kind: '其他', text: '楼道灯坏了，晚上看不见。', note: '已报修，灯已换好。' },
]

export const seedHelp: FeatureSeed = (ctx) => {
  const { rows, stableId, random, createdAt, demo } = ctx
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const stewards = [...new Set((rows.StewardAssignment ?? []).map((a) => a.steward as string))]
  rows.StewardProfile = stewards.map((user, i) => ({
    objectId: stableId('StewardProfile', i),
    user,
    dutyHours: user === demo.steward.userId ? DUTY[0] : pick(DUTY),
    intro: user === demo.steward.userId ? INTRO[1] : pick(INTRO),
    _rperm: [],
    _wperm: [],
  }))

  const stewardOf = new Map<string, string>()
  for (const a of rows.StewardAssignment ?? []) if (!stewardOf.has(a.building as string)) stewardOf.set(a.building as string, a.steward as string)
  const residents = (rows.Resident ?? []).filter((r) => r.user && r.building && stewardOf.has(r.building as string))
  const requests: Row[] = []
  const events: Row[] = []
  const add = (r: Row, c: (typeof CASES)[number], daysAgo: number) => {
    const n = requests.length
    const id = stableId('HelpRequest', n)
    const steward = stewardOf.get(r.building as string)!
    const at = (minutes: number) => new Date(createdAt.getTime() - daysAgo * 86_400_000 + minutes * 60_000)
    requests.push({
      objectId: id, requester: r.user as string, building: r.building as string, community: r.community as string, street: r.street as string,
      kind: c.kind, text: c.text, urgent: false, status: 'resolved', submittedAt: at(0), acceptedBy: steward, acceptedRole: 'steward',
      acceptedAt: at(20), resolvedAt: at(24 * 60), _rperm: [], _wperm: [],
    })
    const ev = (k: number, kind: string, actor: string, actorRole: string, text: string | null, minutes: number) =>
      events.push({ objectId: stableId('HelpEvent', `${n}-${k}`), request: id, kind, actor, actorRole, text, at: at(minutes), _rperm: [], _wperm: [] })
    ev(0, 'submitted', r.user as string, 'resident', c.text, 0)
    ev(1, 'accepted', steward, 'steward', null, 20)
    ev(2, 'reply', steward, 'steward', '收到，我来安排。', 25)
    ev(3, 'resolved', steward, 'steward', c.note, 24 * 60)
  }
  const demoResident = residents.find((r) => r.user === demo.resident.userId)
  if (demoResident) add(demoResident, CASES[0]!, 20)
  const count = Math.floor(residents.length / 100)
  for (let i = 0; i < count; i++) add(pick(residents), pick(CASES), 1 + Math.floor(random() * 120))
  rows.HelpRequest = requests
  rows.HelpEvent = events
}
/** Seeded classes of this feature, in insert order (write.ts). */
export const helpSeedOrder: string[] = ['StewardProfile', 'HelpRequest', 'HelpEvent']
