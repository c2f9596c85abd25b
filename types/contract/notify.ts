/** Parameters of 我的消息 (in-app messages) and the notification test hook. */
import * as v from 'valibot'
import type { NotifyKind } from '../domain'
import { MESSAGE_PAGE_MAX } from '@/domain/notify'
import { isObjectId, noParams, paging, ruled } from './rules'

const PICK = '请选择要标为已读的消息。'

export const notifyContract = {
  myMessages: v.object(paging(300, MESSAGE_PAGE_MAX)),
  markMessagesRead: v.object({
    ids: v.optional(v.pipe(v.array(v.string(PICK), PICK), v.minLength(1, PICK), v.maxLength(100, PICK), v.check((ids) => ids.every(isObjectId), PICK))),
    all: v.optional(v.literal(true, PICK)),
  }),
  unreadMessageCount: noParams,
  /** Master key only, TEST_CLOCK=on: sends notifications as the features would. */
  testNotify: v.object({
    items: ruled<Array<{ userId: string; kind: NotifyKind; title: string; body: string; page: string; refId?: string }>>()(v.array(v.unknown(), '通知内容不正确。')),
  }),
}
