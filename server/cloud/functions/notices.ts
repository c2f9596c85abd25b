/** Bulletins (公告): publishing by stewards and staff, the reader's feed and history, read receipts. */
import type { NoticeInput } from '../../../types/domain'
import { checkText } from '../../../src/domain/text'
import { defineFunction, type FieldRule } from '../define'
import { getNotice, markNoticeRead } from '../notices/detail'
import { listMyNotices, searchNotices, unreadNoticeCount } from '../notices/feed'
import { PAGE_MAX } from '../notices/rows'
import { deleteNoticeDraft, hideNotice, publishNotice, publishTargets, saveNoticeDraft, updateNotice, withdrawNotice } from '../notices/publish'
import { myPublishedNotices, noticeReadStats } from '../notices/stats'
import { noParams, optionalId, perMinute, requiredId } from '../validators/common'

// Types only: the rules themselves (length, category, dates) are validateNotice's, so the
// form and the server say the same sentence.
const noticeFields: Record<keyof NoticeInput, FieldRule> = {
  scope: { type: String, error: '请选择发布范围。' },
  targetId: { type: String, error: '请选择发布到哪里。' },
  title: { type: String, error: '请填写标题。' },
  body: { type: String, error: '请填写正文。' },
  category: { type: String, error: '请选择公告类别。' },
  pinned: { type: Boolean, error: '置顶和紧急只能选是或否。' },
  urgent: { type: Boolean, error: '置顶和紧急只能选是或否。' },
  effectiveFrom: { type: String, error: '生效时间不对，请重新选择。' },
  expiresAt: { type: String, error: '过期时间不对，请重新选择。' },
  imageIds: { type: Array, error: '图片无效，请重新上传。' },
}

const paging: Record<string, FieldRule> = {
  cursor: { type: String, options: (v: unknown) => typeof v === 'string' && v.length <= 300, error: '翻页位置无效，请刷新列表。' },
  limit: {
    type: Number,
    options: (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= PAGE_MAX,
    error: `每页条数应为1到${PAGE_MAX}。`,
  },
}

const noticeId = { noticeId: requiredId('请选择一条公告。') }

defineFunction('publishTargets', { requireUser: true, fields: noParams, rateLimit: perMinute(60) }, ({ user }) => publishTargets(user!))

defineFunction(
  'publishNotice',
  { requireUser: true, fields: { ...noticeFields, draftId: optionalId('没有找到这份草稿，它可能已发布或已删除。') }, rateLimit: perMinute(20) },
  ({ user, params }) => publishNotice(user!, params),
)

defineFunction(
  'saveNoticeDraft',
  { requireUser: true, fields: { ...noticeFields, noticeId: optionalId('没有找到这份草稿，它可能已发布或已删除。') }, rateLimit: perMinute(60) },
  ({ user, params }) => saveNoticeDraft(user!, params),
)

defineFunction('deleteNoticeDraft', { requireUser: true, fields: noticeId, rateLimit: perMinute(30) }, ({ user, params }) => deleteNoticeDraft(user!, params.noticeId))

defineFunction('updateNotice', { requireUser: true, fields: { ...noticeFields, ...noticeId }, rateLimit: perMinute(30) }, ({ user, params }) =>
  updateNotice(user!, params),
)

defineFunction('withdrawNotice', { requireUser: true, fields: noticeId, rateLimit: perMinute(30) }, ({ user, params }) => withdrawNotice(user!, params.noticeId))

defineFunction(
  'hideNotice',
  { requireUser: true, fields: { ...noticeId, reason: { type: String, error: '请写明隐藏原因。' } }, rateLimit: perMinute(30) },
  ({ user, params }) => hideNotice(user!, params.noticeId, params.reason),
)

defineFunction('listMyNotices', { requireUser: true, fields: paging, rateLimit: perMinute(120) }, ({ user, params }) => listMyNotices(user!.id ?? '', params))

defineFunction(
  'searchNotices',
  {
    requireUser: true,
    fields: { ...paging, q: { type: String, options: (v: unknown) => checkText(v, { max: 40 }).ok, error: '搜索词最多40个字，不能有特殊字符。' } },
    rateLimit: perMinute(60),
  },
  ({ user, params }) => searchNotices(user!.id ?? '', params),
)

defineFunction('getNotice', { requireUser: true, fields: noticeId, rateLimit: perMinute(120) }, ({ user, params }) => getNotice(user!, params.noticeId))

defineFunction('markNoticeRead', { requireUser: true, fields: noticeId, rateLimit: perMinute(120) }, ({ user, params }) =>
  markNoticeRead(user!, params.noticeId),
)

defineFunction('unreadNoticeCount', { requireUser: true, fields: noParams, rateLimit: perMinute(120) }, ({ user }) => unreadNoticeCount(user!.id ?? ''))

defineFunction('noticeReadStats', { requireUser: true, fields: noticeId, rateLimit: perMinute(60) }, ({ user, params }) => noticeReadStats(user!, params.noticeId))

defineFunction('myPublishedNotices', { requireUser: true, fields: paging, rateLimit: perMinute(60) }, ({ user, params }) => myPublishedNotices(user!, params))
