import type { MessageItem } from '@contract/api-notify'
import type { ApiPort } from '@/adapters/ports'
import type { Page } from '@/stores/paged-list'

/** 我的消息: the person's in-app messages and their unread count. */
export interface NotifyRepository {
  messages(cursor: string | null): Promise<Page<MessageItem>>
  markRead(ids: string[]): Promise<void>
  markAllRead(): Promise<void>
  unreadCount(): Promise<number>
}

const PAGE = 20

export function notifyRepository(api: ApiPort): NotifyRepository {
  return {
    messages: (cursor) => api.call('myMessages', { ...(cursor ? { cursor } : {}), limit: PAGE }),
    markRead: async (ids) => void (await api.call('markMessagesRead', { ids })),
    markAllRead: async () => void (await api.call('markMessagesRead', { all: true })),
    unreadCount: async () => (await api.call('unreadMessageCount', {})).count,
  }
}
