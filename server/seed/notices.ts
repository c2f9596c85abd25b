/**
 * A few demo notices, so the 公告 feed is not empty: one for the street, one for the pilot
 * community, one for the demo resident's building from its steward, an expired one (history only),
 * a pinned one and an urgent one. Dates are fixed like the rest of the seed.
 */
import type { NoticeCategory, NoticeScope, RoleName } from '@contract/domain'
import type { Row } from './types'

export interface NoticePlaces {
  streetId: string
  communityId: string
  buildingId: string
  stewardUserId: string
  communityStaffUserId: string
  streetStaffUserId: string
}

interface DemoNotice {
  scope: NoticeScope
  title: string
  body: string
  category: NoticeCategory
  publishedAt: string
  pinned?: boolean
  urgent?: boolean
  expiresAt?: string
}

const NOTICES: DemoNotice[] = [
  {
    scope: 'street',
    title: '梧桐街道夏季防汛防台风安全提示',
    body: '近期进入主汛期，请大家关注天气预报，暴雨天气尽量减少外出。\n地下车库、低洼地段请勿停放车辆；阳台花盆等高处物品请及时收回。\n遇险情请拨打 110 或联系所在社区。',
    category: '安全提示',
    publishedAt: '2026-06-20T09:00:00+08:00',
    pinned: true,
  },
  {
    scope: 'community',
    title: '杨家门社区“邻里节”活动报名',
    body: '社区将于7月12日（周六）上午在社区广场举办邻里节，有义诊、旧物交换和亲子游戏。\n报名请到社区服务站或联系楼道红管家。',
    category: '活动通知',
    publishedAt: '2026-06-25T10:30:00+08:00',
  },
  {
    scope: 'building',
    title: '本周四上午停水通知',
    body: '因二次供水设备检修，本幢将于周四 8:00-12:00 停水，请提前储水。\n有老人独居的家庭如需帮忙送水，请联系我。',
    category: '停水停电',
    publishedAt: '2026-06-28T18:00:00+08:00',
    urgent: true,
  },
  {
    scope: 'community',
    title: '居民医保集中缴费提醒（已截止）',
    body: '城乡居民医保集中缴费已于6月15日截止，未缴费的居民请到社区服务站咨询补缴办法。',
    category: '政策通知',
    publishedAt: '2026-06-01T09:00:00+08:00',
    expiresAt: '2026-06-15T23:59:59+08:00',
  },
]

/** Notice rows for the demo street; objectIds come from the seed's stable ids. */
export function demoNotices(p: NoticePlaces, idOf: (n: number) => string): Row[] {
  const who: Record<NoticeScope, { userId: string; role: RoleName }> = {
    street: { userId: p.streetStaffUserId, role: 'streetStaff' },
    community: { userId: p.communityStaffUserId, role: 'communityStaff' },
    building: { userId: p.stewardUserId, role: 'steward' },
  }
  return NOTICES.map((n, i) => ({
    objectId: idOf(i),
    scope: n.scope,
    targetId: n.scope === 'street' ? p.streetId : n.scope === 'community' ? p.communityId : p.buildingId,
    street: p.streetId,
    community: n.scope === 'street' ? null : p.communityId,
    building: n.scope === 'building' ? p.buildingId : null,
    title: n.title,
    body: n.body,
    category: n.category,
    pinned: n.pinned === true,
    urgent: n.urgent === true,
    effectiveFrom: null,
    expiresAt: n.expiresAt ? new Date(n.expiresAt) : null,
    status: 'published',
    edited: false,
    publisher: who[n.scope].userId,
    publisherRole: who[n.scope].role,
    publishedAt: new Date(n.publishedAt),
    _rperm: [],
    _wperm: [],
  }))
}
