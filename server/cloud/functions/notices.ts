/** Bulletins (公告): publishing by stewards and staff, the reader's feed and history, read receipts. */
import { defineFunction, perMinute } from '../define'
import { getNotice, markNoticeRead } from '../notices/detail'
import { listMyNotices, searchNotices, unreadNoticeCount } from '../notices/feed'
import { deleteNoticeDraft, hideNotice, publishNotice, publishTargets, saveNoticeDraft, updateNotice, withdrawNotice } from '../notices/publish'
import { myPublishedNotices, noticeReadStats } from '../notices/stats'

defineFunction('publishTargets', { requireUser: true, rateLimit: perMinute(60) }, ({ user }) => publishTargets(user))

defineFunction('publishNotice', { requireUser: true, rateLimit: perMinute(20) }, ({ user, params }) => publishNotice(user, params))

defineFunction('saveNoticeDraft', { requireUser: true, rateLimit: perMinute(60) }, ({ user, params }) => saveNoticeDraft(user, params))

defineFunction('deleteNoticeDraft', { requireUser: true, rateLimit: perMinute(30) }, ({ user, params }) => deleteNoticeDraft(user, params.noticeId))

defineFunction('updateNotice', { requireUser: true, rateLimit: perMinute(30) }, ({ user, params }) => updateNotice(user, params))

defineFunction('withdrawNotice', { requireUser: true, rateLimit: perMinute(30) }, ({ user, params }) => withdrawNotice(user, params.noticeId))

defineFunction('hideNotice', { requireUser: true, rateLimit: perMinute(30) }, ({ user, params }) => hideNotice(user, params.noticeId, params.reason))

defineFunction('listMyNotices', { requireUser: true, rateLimit: perMinute(120) }, ({ user, params }) => listMyNotices(user.id ?? '', params))

defineFunction('searchNotices', { requireUser: true, rateLimit: perMinute(60) }, ({ user, params }) => searchNotices(user.id ?? '', params))

defineFunction('getNotice', { requireUser: true, rateLimit: perMinute(120) }, ({ user, params }) => getNotice(user, params.noticeId))

defineFunction('markNoticeRead', { requireUser: true, rateLimit: perMinute(120) }, ({ user, params }) => markNoticeRead(user, params.noticeId))

defineFunction('unreadNoticeCount', { requireUser: true, rateLimit: perMinute(120) }, ({ user }) => unreadNoticeCount(user.id ?? ''))

defineFunction('noticeReadStats', { requireUser: true, rateLimit: perMinute(60) }, ({ user, params }) => noticeReadStats(user, params.noticeId))

defineFunction('myPublishedNotices', { requireUser: true, rateLimit: perMinute(60) }, ({ user, params }) => myPublishedNotices(user, params))
