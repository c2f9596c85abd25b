/**
 * Demo data of Rainbow Bridge welfare projects (issue #6): the open programme of the current year
 * (300,000 yuan, 30,000 yuan per project, its window open around the day the seed runs) and the
 * two earlier rounds' 16 funded, completed projects (close to 300,000 yuan in all), as history.
 * The same rows at demo and full scale: the programme is the street's, not proportional to residents.
 */
import { DEFAULT_CRITERIA, WELFARE_CATEGORIES } from '@/domain/welfare'
import { isoDay, yearOf } from '@/domain/time'
import type { FeatureSeed, Row } from './types'


/** The earlier rounds' funded projects: [name, category, applicant kind, team or organisation name, amount in yuan]. */
const HISTORY: Array<[string, string, 'self' | 'team' | 'organisation', string | null, number]> = [
  ['银龄助餐 · 老人食堂送餐上门', '助老', 'organisation', '桐乡市梧桐益邻社会工作服务中心', 28000],
  ['楼道微课堂 · 智能手机教学', '助老', 'team', '梧桐义工数字助老队', 12000],
  ['助残康复 · 居家康复陪伴', '助残', 'organisation', '桐乡市康乐助残服务社', 26500],
  ['四点半课堂', '青少年', 'team', '杨家门社区青年志愿服务队', 18000],
  ['垃圾分类 · 绿色家园', '环境', 'team', '庆丰社区环保志愿队', 15000],
  ['新居民融入 · 邻里夜话', '新居民融入', 'organisation', '桐乡市新居民服务协会', 22000],
  ['社区戏曲角', '文化', 'self', null, 9500],
  ['独居老人安心铃', '助老', 'team', '梧桐红管家志愿队', 20000],
  ['困境儿童暑期陪伴', '青少年', 'organisation', '桐乡市阳光青少年服务中心', 24000],
  ['楼道微更新 · 口袋花园', '环境', 'self', null, 8000],
  ['新居民子女周末书屋', '新居民融入', 'team', '新居民互助会志愿队', 16000],
  ['家门口的非遗课', '文化', 'organisation', '桐乡市梧桐文化促进会', 21000],
  ['助残 · 无障碍出行陪护', '助残', 'team', '梧桐义工助残队', 14000],
  ['长者生日会', '助老', 'self', null, 6500],
  ['河道守护 · 小河长', '环境', 'team', '梧桐青少年小河长队', 19000],
  ['邻里节 · 百家宴', '其他', 'organisation', '桐乡市邻里互助服务社', 29000],
]

export const seedWelfare: FeatureSeed = (ctx) => {
  const { rows, stableId, random, demo } = ctx
  const programmes: Row[] = []
  const applications: Row[] = []
  const events: Row[] = []
  const progress: Row[] = []
  const communities = (rows.Community ?? []).map((c) => c.objectId)
  const seedYear = yearOf(ctx.createdAt)
  const json = (v: unknown) => JSON.stringify(v)
  const day = (d: Date) => isoDay(d)
  const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000)

  // The current year's open programme: its window opens a month before the seed runs and closes two months after.
  const year = yearOf(ctx.today)
  programmes.push({
    objectId: stableId('WelfareProgramme', 'current'),
    street: demo.streetId,
    name: `${year}年彩虹桥公益项目`,
    budgetFen: 300_000_00,
    capFen: 30_000_00,
    approvedFen: 0,
    opensOn: day(addDays(ctx.today, -30)),
    closesOn: day(addDays(ctx.today, 60)),
    categories: json(WELFARE_CATEGORIES),
    criteria: json(DEFAULT_CRITERIA),
    createdBy: demo.streetStaff.userId,
    _rperm: [],
    _wperm: [],
  })

  // Verified residents (not the demo accounts) stand as the person applicants of the history.
  const demoUsers = new Set([demo.resident, demo.senior, demo.newcomer, demo.steward, demo.otherSteward, demo.gridLeader, demo.communityStaff, demo.streetStaff, demo.otherCommunityStaff].map((p) => p.userId))
  const people = (rows.Resident ?? []).filter((r) => r.verified === true && typeof r.user === 'string' && !demoUsers.has(r.user)).slice(0, 200)

  const rounds = [
    { key: 'round1', year: seedYear - 2, label: '第一期', budgetFen: 160_000_00, projects: HISTORY.slice(0, 8) },
    { key: 'round2', year: seedYear - 1, label: '第二期', budgetFen: 140_000_00, projects: HISTORY.slice(8) },
  ]
  let n = 0
  for (const round of rounds) {
    const programmeId = stableId('WelfareProgramme', round.key)
    const approved = round.projects.reduce((s, p) => s + p[4] * 100, 0)
    programmes.push({
      objectId: programmeId,
      street: demo.streetId,
      name: `${round.year}年彩虹桥公益项目（${round.label}）`,
      budgetFen: round.budgetFen,
      capFen: 30_000_00,
      approvedFen: approved,
      opensOn: `${round.year}-03-01`,
      closesOn: `${round.year}-04-30`,
      categories: json(WELFARE_CATEGORIES),
      criteria: json(DEFAULT_CRITERIA),
      createdBy: demo.streetStaff.userId,
      _rperm: [],
      _wperm: [],
    })
    for (const [name, category, kind, org, yuan] of round.projects) {
      const id = stableId('WelfareApplication', n)
      const person = people.length ? people[Math.floor(random() * people.length)] : null
      const served = [communities[Math.floor(random() * communities.length)] ?? demo.communityId]
      const submittedAt = new Date(`${round.year}-04-${String(10 + (n % 10)).padStart(2, '0')}T10:00:00+08:00`)
      const passedAt = new Date(`${round.year}-05-10T15:00:00+08:00`)
      const approvedAt = new Date(`${round.year}-05-28T10:00:00+08:00`)
      const completedAt = new Date(`${round.year}-12-20T10:00:00+08:00`)
      const fen = yuan * 100
      const materials = Math.round((fen * 0.6) / 100) * 100
      applications.push({
        objectId: id,
        programme: programmeId,
        street: demo.streetId,
        applicant: person ? (person.user as string) : null,
        status: 'completed',
        applicantKind: kind,
        orgName: org,
        showFullName: false,
        projectName: name,
        category,
        beneficiaries: category === '青少年' ? '辖区青少年' : category === '助老' ? '辖区老年人' : '辖区居民',
        beneficiaryCount: 30 + Math.floor(random() * 300),
        communityIds: json(served),
        startDate: `${round.year}-06-01`,
        endDate: `${round.year}-12-15`,
        items: json([
          { name: '活动物资', amountFen: materials },
          { name: '场地与宣传', amountFen: fen - materials },
        ]),
        totalFen: fen,
        description: `${name}：面向${category}领域的社区公益服务。`,
        outcomes: '按计划完成服务，服务对象满意度高。',
        attachments: json([]),
        approvedFen: fen,
        submittedAt,
        approvedAt,
        completedAt,
        _rperm: [],
        _wperm: [],
      })
      const ev = (kind_: string, at: Date, role: string, extra: Partial<Row> = {}) =>
        events.push({ objectId: stableId('WelfareEvent', `${n}-${kind_}`), application: id, kind: kind_, actorRole: role, at, _rperm: [], _wperm: [], ...extra })
      ev('submitted', submittedAt, 'applicant', { actor: person ? (person.user as string) : null })
      ev('passed', passedAt, 'communityStaff', { score: 80 + Math.floor(random() * 15), comment: '需求明确，方案可行。' })
      ev('approved', approvedAt, 'streetStaff', { actor: demo.streetStaff.userId, amountFen: fen })
      ev('report', addDays(completedAt, -5), 'applicant', { actor: person ? (person.user as string) : null })
      ev('completed', completedAt, 'streetStaff', { actor: demo.streetStaff.userId })
      progress.push({
        objectId: stableId('WelfareProgress', n),
        application: id,
        author: person ? (person.user as string) : null,
        kind: 'report',
        text: `${name}已完成全部服务内容，经费按预算使用。`,
        photos: json([]),
        at: addDays(completedAt, -5),
        _rperm: [],
        _wperm: [],
      })
      n++
    }
  }
  rows.WelfareProgramme = programmes
  rows.WelfareApplication = applications
  rows.WelfareEvent = events
  rows.WelfareProgress = progress
}
/** Seeded classes of this feature, in insert order (write.ts). */
export const welfareSeedOrder: string[] = ['WelfareProgramme', 'WelfareApplication', 'WelfareEvent', 'WelfareProgress']
