/**
 * Parameters of bulletins. A notice's fields are checked by their kind only: the rules (length,
 * category, dates) are validateNotice's, run by the handler, so the form and the server say the
 * same sentence.
 */
import * as v from 'valibot'
import type { NoticeInput } from '../domain'
import { NOTICE_MESSAGES as M } from '@/domain/messages'
import { checkText } from '@/domain/text'
import { id, noParams, optionalFlag, optionalId, optionalList, optionalText, optionalTextThat, paging, ruled } from './rules'
import { PAGE_MAX } from './limits'

const noticeEntries = {
  scope: optionalText(M.scope),
  targetId: optionalText(M.target),
  title: optionalText(M.title),
  body: optionalText(M.body),
  category: optionalText(M.category),
  pinned: optionalFlag(M.flag),
  urgent: optionalFlag(M.flag),
  effectiveFrom: optionalText(M.effectiveFrom),
  expiresAt: optionalText(M.expiresAt),
  imageIds: optionalList(M.images),
}

/** A notice's fields, by kind (the form's own checks are validateNotice). */
export const noticeForm = v.object(noticeEntries)

const DRAFT_GONE = '没有找到这份草稿，它可能已发布或已删除。'
const noticeId = { noticeId: id('请选择一条公告。') }
const noticePaging = paging(300, PAGE_MAX)

export const noticeContract = {
  publishTargets: noParams,
  publishNotice: ruled<NoticeInput & { draftId?: string }>()(v.object({ ...noticeEntries, draftId: optionalId(DRAFT_GONE) })),
  saveNoticeDraft: ruled<Partial<NoticeInput> & { noticeId?: string }>()(v.object({ ...noticeEntries, noticeId: optionalId(DRAFT_GONE) })),
  deleteNoticeDraft: v.object(noticeId),
  updateNotice: ruled<NoticeInput & { noticeId: string }>()(v.object({ ...noticeEntries, ...noticeId })),
  withdrawNotice: v.object(noticeId),
  hideNotice: ruled<{ noticeId: string; reason: string }>()(v.object({ ...noticeId, reason: optionalText(M.hideReason) })),
  listMyNotices: v.object(noticePaging),
  searchNotices: v.object({ ...noticePaging, q: optionalTextThat('搜索词最多40个字，不能有特殊字符。', (s) => checkText(s, { max: 40 }).ok) }),
  getNotice: v.object(noticeId),
  markNoticeRead: v.object(noticeId),
  unreadNoticeCount: noParams,
  noticeReadStats: v.object(noticeId),
  myPublishedNotices: v.object(noticePaging),
}
