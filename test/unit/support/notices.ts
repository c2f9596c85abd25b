import type { NoticeDetail, NoticeListItem } from '@contract/domain'

/** A notice as the feed lists it. */
export function aNotice(id: string, over: Partial<NoticeListItem> = {}): NoticeListItem {
  return {
    id,
    title: `公告${id}`,
    category: '其他',
    scope: 'building',
    targetId: 'b1',
    scopeName: '银杏公寓1幢',
    effectiveFrom: null,
    pinned: false,
    urgent: false,
    publishedAt: '2026-11-26T02:00:00.000Z',
    edited: false,
    read: false,
    expired: false,
    ...over,
  }
}

/** A notice opened in full. */
export function aDetail(id: string, over: Partial<NoticeDetail> = {}): NoticeDetail {
  return {
    ...aNotice(id),
    body: '明天上午8点到12点停水。',
    publisherName: '王红梅',
    publisherRole: 'steward',
    effectiveFrom: null,
    expiresAt: null,
    status: 'published',
    canManage: false,
    hiddenReason: null,
    images: [],
    ...over,
  }
}
