/**
 * Demo data of Residents' problems and visit day (issue #7): a history of the last six months
 * before the seed runs (so the numbers page has shape on its default range), reported in the app
 * any day and collected on each month's visit day (the 15th). Like the street's record, every
 * problem was answered and over 90% solved; most solved ones were confirmed by the resident.
 * Full scale has the street's 1,247 visit-day problems plus those reported in the app; demo scale
 * is small. The demo resident (13900000001) has open problems in 1幢 waiting for the demo grid
 * leader (13900000006): one just received, one answered, one solved and waiting for confirmation.
 */
import { addWorkingDays, DEFAULT_SOLVE_DAYS, PROBLEM_CATEGORIES } from '@/domain/problem'
import type { FeatureSeed, Row } from './types'

const HOUR = 3_600_000
const DAY = 24 * HOUR

const TEXTS: Record<string, string[]> = {
  环境卫生: ['楼下垃圾桶满了没人清运，气味很大。', '小区绿化带里有很多积水，蚊子多。', '楼道里堆放杂物，影响通行。'],
  设施维修: ['楼道声控灯坏了，晚上看不清台阶。', '单元门门禁失灵，外人可以随便进出。', '小区健身器材有一个螺丝松了。'],
  邻里纠纷: ['楼上晚上经常有很大的噪音，希望协调。', '邻居在公共楼道里养狗，卫生差。'],
  安全隐患: ['有人把电动车推进楼道充电，担心着火。', '小区围墙有一段开裂，怕倒塌。', '消防通道被私家车占用。'],
  物业服务: ['物业维修响应太慢，报修三天没人来。', '地下车库照明太暗，希望增加灯。'],
  政策咨询: ['想了解老年人助餐补贴怎么申请。', '新居民子女入学需要准备哪些材料？', '居住证办理流程咨询。'],
  其他: ['希望小区里多安排几张休息长椅。', '建议增加快递柜。'],
}

const REPLIES = ['已收到，今天安排人去现场查看。', '您好，已联系物业，明天上午处理。', '收到，已转交相关部门，会尽快答复。']
const SOLVED = ['已处理完毕，请查看。', '物业已维修好。', '已协调解决，后续会持续关注。']

export const seedProblem: FeatureSeed = (ctx) => {
  const r = ctx.random
  const full = ctx.scale === 'full'
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]
  const problems: Row[] = []
  const events: Row[] = []
  let eventN = 0

  const buildingRow = new Map(ctx.rows.Building.map((b) => [b.objectId, b]))
  const microGridRow = new Map(ctx.rows.MicroGrid.map((m) => [m.objectId, m]))
  const residentsOf = new Map<string, string[]>()
  for (const res of ctx.rows.Resident) {
    const b = res.building as string | null
    if (!b || !res.user) continue
    const list = residentsOf.get(b) ?? []
    if (list.length < 20) list.push(res.user as string)
    residentsOf.set(b, list)
  }
  const stewardOf = new Map(ctx.rows.StewardAssignment.map((s) => [s.building as string, s.steward as string]))
  const allBuildings = ctx.buildingsByCommunity.flat()
  const pilot = ctx.buildingsByCommunity[0]

  const event = (problem: string, kind: string, actor: string | null, at: Date, text: string | null = null) => {
    events.push({ objectId: ctx.stableId('ProblemEvent', eventN++), problem, kind, actor, at, text, photos: '[]', _rperm: [], _wperm: [] })
  }

  type Outcome = 'received' | 'answered' | 'solved' | 'open' | 'done'
  const add = (n: number, buildingId: string, reportedAt: Date, visit: boolean, outcome: Outcome, reporter?: string) => {
    const b = buildingRow.get(buildingId)!
    const mg = microGridRow.get(b.microGrid as string)
    const handler = (mg?.leader as string | null) ?? null
    const who = reporter ?? pick(residentsOf.get(buildingId) ?? [null as unknown as string]) ?? null
    const category = pick(PROBLEM_CATEGORIES)
    const id = ctx.stableId('Problem', n)
    const replyDueAt = addWorkingDays(reportedAt, 1)
    const solveDueAt = new Date(reportedAt.getTime() + DEFAULT_SOLVE_DAYS * DAY)
    // Most first replies within a few hours; one in twenty late.
    const replyHours = r() < 0.05 ? 26 + r() * 30 : 0.3 + r() * r() * 20
    const firstReplyAt = outcome === 'received' ? null : new Date(reportedAt.getTime() + replyHours * HOUR)
    const solveHours = r() < 0.08 ? (DEFAULT_SOLVE_DAYS + 1 + r() * 5) * 24 : 4 + r() * r() * 140
    let solvedAt: Date | null = outcome === 'solved' || outcome === 'done' ? new Date(reportedAt.getTime() + Math.max(solveHours, replyHours + 1) * HOUR) : null
    if (solvedAt && solvedAt > ctx.today) solvedAt = new Date(ctx.today.getTime() - HOUR)
    const confirmedByResident = outcome === 'done' && !!who && r() < 0.75
    const status = outcome === 'received' ? 'received' : outcome === 'answered' ? 'answered' : outcome === 'open' ? 'handling' : outcome === 'solved' ? 'solved' : 'confirmed'
    const confirmedAt = status === 'confirmed' && solvedAt ? new Date(solvedAt.getTime() + (confirmedByResident ? (2 + r() * 60) * HOUR : 7 * DAY)) : null
    const rating = confirmedByResident ? pick([5, 5, 5, 4, 4, 4, 3, 2]) : null
    const overdueSince = status === 'handling' || status === 'answered' || status === 'received' ? (!firstReplyAt ? replyDueAt : solveDueAt) : null
    const escalation = overdueSince && overdueSince < ctx.today ? (addWorkingDays(overdueSince, 1) < ctx.today ? 2 : 1) : 0
    problems.push({
      objectId: id, reporter: who, recordedBy: visit ? (stewardOf.get(buildingId) ?? null) : null, source: visit ? 'visit' : 'app',
      category, description: pick(TEXTS[category]), location: null, photos: '[]', showNameToHandler: r() < 0.6,
      street: ctx.demo.streetId, community: b.community as string, grid: (mg?.grid as string | undefined) ?? null, microGrid: (b.microGrid as string | null) ?? null,
      building: buildingId, handler, status, reportedAt, replyDueAt, solveDueAt, firstReplyAt, solvedAt, confirmedAt,
      autoConfirmed: status === 'confirmed' && !confirmedByResident, resolveNote: solvedAt ? pick(SOLVED) : null, resolvePhotos: '[]',
      reopenCount: 0, escalation, escalatedAt: escalation ? overdueSince : null, streetEscalateAt: escalation && overdueSince ? addWorkingDays(overdueSince, 1) : null,
      rating, comment: rating && rating >= 4 && r() < 0.3 ? '处理及时，谢谢！' : null, _rperm: [], _wperm: [],
    })
    event(id, visit ? 'recorded' : 'reported', visit ? (stewardOf.get(buildingId) ?? null) : who, reportedAt)
    if (firstReplyAt) event(id, 'replied', handler, firstReplyAt, pick(REPLIES))
    if (solvedAt) event(id, 'solved', handler, solvedAt, pick(SOLVED))
    if (confirmedAt) event(id, confirmedByResident ? 'confirmed' : 'autoConfirmed', confirmedByResident ? who : null, confirmedAt)
  }

  // The last six months before the seed day: app reports any day, visit-day ones on each 15th.
  const today = ctx.today
  const months = 6
  const visitTotal = full ? 1247 : 36
  const appTotal = full ? 1800 : 90
  let n = 0
  const outcomeFor = (reportedAt: Date): Outcome => {
    const age = (today.getTime() - reportedAt.getTime()) / DAY
    const x = r()
    if (age < 8) return x < 0.4 ? 'solved' : x < 0.8 ? 'open' : 'answered'
    // Everything older was answered; a little over 90% solved.
    return x < 0.92 ? 'done' : 'open'
  }
  const buildingFor = () => (r() < (full ? 0.1 : 0.4) ? pick(pilot) : pick(allBuildings))
  for (let i = 0; i < visitTotal; i++) {
    const m = 1 + (i % months)
    const d = new Date(today)
    d.setUTCMonth(d.getUTCMonth() - m)
    // The 15th of that month, 09:00–17:00 Shanghai time (today is a Shanghai midnight: 16:00 UTC the day before).
    const day15 = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 15, 1 + Math.floor(r() * 8), Math.floor(r() * 60)))
    if (day15 >= today) continue
    add(n++, buildingFor(), day15, true, outcomeFor(day15))
  }
  for (let i = 0; i < appTotal; i++) {
    const reportedAt = new Date(today.getTime() - (1 + r() * (months * 30 - 1)) * DAY + Math.floor(r() * 12) * HOUR)
    add(n++, buildingFor(), reportedAt, false, outcomeFor(reportedAt))
  }
  // The demo resident's open problems in 1幢, waiting for the demo grid leader.
  const me = ctx.demo.resident.userId
  add(n++, ctx.demo.buildingId, new Date(today.getTime() - 6 * HOUR), false, 'received', me)
  add(n++, ctx.demo.buildingId, new Date(today.getTime() - 2 * DAY), false, 'answered', me)
  add(n++, ctx.demo.buildingId, new Date(today.getTime() - 3 * DAY), false, 'solved', me)

  problems.sort((a, b) => (a.reportedAt as Date).getTime() - (b.reportedAt as Date).getTime())
  ctx.rows.Problem = problems
  ctx.rows.ProblemEvent = events
}
/** Seeded classes of this feature, in insert order (write.ts). */
export const problemsSeedOrder: string[] = ['Problem', 'ProblemEvent']
