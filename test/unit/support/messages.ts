import type { MessageItem } from '@contract/api-notify'

/** A message as myMessages returns it. */
export function aMessage(id: string, over: Partial<MessageItem> = {}): MessageItem {
  return {
    id,
    kind: 'helpUpdate',
    title: `消息${id}`,
    body: '王阿姨已接下您的求助。',
    page: `/packages/help/pages/detail/index?id=${id}`,
    refId: id,
    at: '2026-11-26T02:00:00.000Z',
    read: false,
    ...over,
  }
}
