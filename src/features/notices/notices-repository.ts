import type { CloudResult } from '../../../types/api'
import type { NoticeDetail, NoticeInput, NoticeListItem, NoticeReadStats, PublishTarget } from '../../../types/domain'
import type { ApiPort } from '../../adapters/ports'
import type { Page } from '../../stores/paged-list'

export type PublishedNotice = CloudResult<'myPublishedNotices'>['items'][number]

/** Bulletins: the feed, history, one notice, read receipts and publishing. */
export interface NoticesRepository {
  feed(cursor: string | null): Promise<Page<NoticeListItem>>
  search(q: string, cursor: string | null): Promise<Page<NoticeListItem>>
  mine(cursor: string | null): Promise<Page<PublishedNotice>>
  get(noticeId: string): Promise<NoticeDetail>
  markRead(noticeId: string): Promise<void>
  unreadCount(): Promise<number>
  readStats(noticeId: string): Promise<NoticeReadStats>
  targets(): Promise<PublishTarget[]>
  publish(input: NoticeInput): Promise<string>
  update(noticeId: string, input: NoticeInput): Promise<string>
  withdraw(noticeId: string): Promise<void>
  hide(noticeId: string, reason: string): Promise<void>
}

const PAGE = 20

export function noticesRepository(api: ApiPort): NoticesRepository {
  const cursor = (c: string | null) => (c ? { cursor: c } : {})
  return {
    feed: (c) => api.call('listMyNotices', { ...cursor(c), limit: PAGE }),
    search: (q, c) => api.call('searchNotices', { ...(q.trim() ? { q: q.trim() } : {}), ...cursor(c), limit: PAGE }),
    mine: (c) => api.call('myPublishedNotices', { ...cursor(c), limit: PAGE }),
    get: (noticeId) => api.call('getNotice', { noticeId }),
    markRead: async (noticeId) => void (await api.call('markNoticeRead', { noticeId })),
    unreadCount: async () => (await api.call('unreadNoticeCount', {})).count,
    readStats: (noticeId) => api.call('noticeReadStats', { noticeId }),
    targets: async () => (await api.call('publishTargets', {})).targets,
    publish: async (input) => (await api.call('publishNotice', input)).noticeId,
    update: async (noticeId, input) => (await api.call('updateNotice', { ...input, noticeId })).noticeId,
    withdraw: async (noticeId) => void (await api.call('withdrawNotice', { noticeId })),
    hide: async (noticeId, reason) => void (await api.call('hideNotice', { noticeId, reason })),
  }
}
