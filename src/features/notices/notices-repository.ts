import type { CloudResult } from '@contract/api'
import type { NoticeDetail, NoticeImage, NoticeInput, NoticeListItem, NoticeReadStats, PublishTarget } from '@contract/domain'
import type { ApiPort, PickedFile } from '@/adapters/ports'
import { uploadPicked } from '@/features/shared/uploads'
import type { Page } from '@/stores/paged-list'

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
  /** Publishes; with a draft id, that draft becomes the notice. */
  publish(input: NoticeInput, draftId?: string | null): Promise<string>
  saveDraft(input: Partial<NoticeInput>, draftId: string | null): Promise<string>
  deleteDraft(draftId: string): Promise<void>
  uploadImage(file: PickedFile): Promise<NoticeImage>
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
    publish: async (input, draftId) => (await api.call('publishNotice', { ...input, ...(draftId ? { draftId } : {}) })).noticeId,
    saveDraft: async (input, draftId) => (await api.call('saveNoticeDraft', { ...input, ...(draftId ? { noticeId: draftId } : {}) })).noticeId,
    deleteDraft: async (draftId) => void (await api.call('deleteNoticeDraft', { noticeId: draftId })),
    uploadImage: async (file) => {
      const ref = await uploadPicked(api, file, 'notice')
      return { id: ref.id, url: ref.url }
    },
    update: async (noticeId, input) => (await api.call('updateNotice', { ...input, noticeId })).noticeId,
    withdraw: async (noticeId) => void (await api.call('withdrawNotice', { noticeId })),
    hide: async (noticeId, reason) => void (await api.call('hideNotice', { noticeId, reason })),
  }
}
