/** Publishing, editing, withdrawing and hiding notices; each change sends a NoticeSignal for LiveQuery. */
import { now } from '../clock'
import type { NoticeInput, NoticeStatus, PublishTarget } from '@contract/domain'
import { validateDraft, validateHideReason, validateNotice } from '@/domain/notice'
import { privateAcl } from '../acl'
import { forbidden, invalid, notFound } from '../errors'
import { textOf } from '../fields'
import { idOf, pointer } from '../ids'
import { notifyUrgentNotice } from '../notify'
import { Parse } from '../parse'
import { claimUploads, releaseUploads } from '../uploads'
import { staffScopeOf } from '../directory'
import { canManage, canPublishAtAll, isStaffOver, NOT_A_PUBLISHER, ownershipOf, powersOf, requirePublishRole, resolveTarget, type Target } from './access'

const MASTER = { useMasterKey: true } as const
const NOT_FOUND = '没有找到这条公告，它可能已被撤回。'

/** Checks the rules and the caller's right to the target; rule failures are 142, places 101, rights 119. */
async function checked(user: Parse.User, input: Partial<Record<keyof NoticeInput, unknown>>) {
  const powers = await powersOf(user)
  if (!canPublishAtAll(powers)) forbidden(NOT_A_PUBLISHER)
  const v = validateNotice(input)
  if (!v.ok) invalid(v.first)
  const target = await resolveTarget(v.value.scope, v.value.targetId)
  const role = requirePublishRole(powers, target)
  return { value: v.value, target, role }
}

function setContent(n: Parse.Object, value: Partial<NoticeInput>, target: Target | null): void {
  n.set({
    scope: target?.scope ?? '',
    targetId: target?.targetId ?? '',
    title: value.title ?? '',
    body: value.body ?? '',
    category: value.category ?? '',
    pinned: value.pinned === true,
    urgent: value.urgent === true,
  })
  if (target) n.set('street', pointer('Street', target.streetId))
  else n.unset('street')
  if (target?.communityId) n.set('community', pointer('Community', target.communityId))
  else n.unset('community')
  if (target?.buildingId) n.set('building', pointer('Building', target.buildingId))
  else n.unset('building')
  for (const key of ['effectiveFrom', 'expiresAt'] as const) {
    const at = value[key]
    if (at) n.set(key, new Date(at))
    else n.unset(key)
  }
}

/**
 * Attaches the caller's uploads to the notice, in the order given, and lets go of those an edit
 * removed. A stale or foreign upload is 142 before anything about the notice changes.
 */
async function attachImages(user: Parse.User, n: Parse.Object, imageIds: string[] | undefined): Promise<void> {
  const ids = imageIds ?? []
  const refs = await claimUploads(idOf(user), ids, 'notice', idOf(n))
  await releaseUploads(idOf(n), ids)
  n.set('images', refs.map((r) => ({ id: r.id, url: r.url })))
}

/** Checks the caller's uploads before a new notice exists, so a refused image saves nothing. */
async function checkImages(user: Parse.User, imageIds: string[] | undefined): Promise<void> {
  if (!imageIds?.length) return
  const q = new Parse.Query('Upload').containedIn('objectId', imageIds).equalTo('owner', user).equalTo('purpose', 'notice').doesNotExist('refId')
  if ((await q.count(MASTER)) !== new Set(imageIds).size) invalid('图片已失效，请重新上传后再提交。')
}

/** Tells subscribed apps that a scope's feed changed; no content, nothing personal. */
async function signal(scope: string, targetId: string): Promise<void> {
  const s = new Parse.Object('NoticeSignal')
  s.set({ scope, targetId })
  const acl = new Parse.ACL()
  acl.setPublicReadAccess(true)
  s.setACL(acl)
  await s.save(null, MASTER)
}

export async function publishNotice(user: Parse.User, params: NoticeInput & { draftId?: string }): Promise<{ noticeId: string }> {
  const { draftId, ...input } = params
  const { value, target, role } = await checked(user, input)
  // A new notice is saved as an empty draft first: its images are attached to its id before anyone can see it.
  const n = await draftWithImages(user, draftId, value.imageIds, role)
  setContent(n, value, target)
  n.set({ status: 'published', edited: false, publisherRole: role, publishedAt: now() })
  await n.save(null, MASTER)
  await signal(target.scope, target.targetId)
  // Urgent: a WeChat subscription message to those of the scope who asked for one (never fails the publishing).
  if (value.urgent === true) await notifyUrgentNotice({ id: idOf(n), scope: target.scope, targetId: target.targetId, title: value.title, body: value.body })
  return { noticeId: idOf(n) }
}

const DRAFT_NOT_FOUND = '没有找到这份草稿，它可能已发布或已删除。'

/** The caller's own draft; anyone else's notice, or a published one, is not found. */
async function ownDraft(user: Parse.User, draftId: string): Promise<Parse.Object> {
  const n = await new Parse.Query('Notice').get(draftId, MASTER).catch(() => undefined)
  const publisher = n?.get('publisher') as Parse.User | undefined
  if (!n || statusOf(n) !== 'draft' || publisher?.id !== user.id) notFound(DRAFT_NOT_FOUND)
  return n
}

/** Saves a draft: the caller must be a publisher, and any place or text given must already be right. */
export async function saveNoticeDraft(user: Parse.User, params: Partial<NoticeInput> & { noticeId?: string }): Promise<{ noticeId: string }> {
  const { noticeId, ...input } = params
  const powers = await powersOf(user)
  if (!canPublishAtAll(powers)) forbidden(NOT_A_PUBLISHER)
  const v = validateDraft(input)
  if (!v.ok) invalid(v.first)
  const value = v.value
  let target: Target | null = null
  let role: string | null = null
  if (value.scope && value.targetId) {
    target = await resolveTarget(value.scope, value.targetId)
    role = requirePublishRole(powers, target)
  }
  const n = await draftWithImages(user, noticeId, value.imageIds, role)
  n.set('publisherRole', role ?? textOf(n, 'publisherRole') ?? 'draft')
  setContent(n, value, target)
  await n.save(null, MASTER)
  return { noticeId: idOf(n) }
}

/**
 * The caller's draft `draftId`, or a new empty one saved now, with these images attached. A new
 * draft whose images are refused is removed again, so nothing is left behind.
 */
async function draftWithImages(user: Parse.User, draftId: string | undefined, imageIds: string[] | undefined, role: string | null): Promise<Parse.Object> {
  let n: Parse.Object
  if (draftId) {
    n = await ownDraft(user, draftId)
  } else {
    await checkImages(user, imageIds)
    n = new Parse.Object('Notice')
    n.setACL(privateAcl())
    setContent(n, {}, null)
    n.set({ status: 'draft', edited: false, publisher: user, publisherRole: role ?? 'draft', publishedAt: now() })
    await n.save(null, MASTER)
  }
  try {
    await attachImages(user, n, imageIds)
  } catch (err) {
    if (!draftId) await n.destroy(MASTER)
    throw err
  }
  return n
}

export async function deleteNoticeDraft(user: Parse.User, noticeId: string): Promise<{ deleted: true }> {
  const n = await ownDraft(user, noticeId)
  await releaseUploads(idOf(n), [])
  await n.destroy(MASTER)
  return { deleted: true }
}

async function load(noticeId: string): Promise<Parse.Object> {
  const n = await new Parse.Query('Notice').get(noticeId, MASTER).catch(() => undefined)
  if (!n) notFound(NOT_FOUND)
  return n
}

/** Loads a notice the caller manages; others get 101 when they cannot see it, 119 when they can. */
async function managed(user: Parse.User, noticeId: string): Promise<Parse.Object> {
  const n = await load(noticeId)
  // A draft is its author's alone: to anyone else it does not exist.
  if (statusOf(n) === 'draft' && (n.get('publisher') as Parse.User | undefined)?.id !== user.id) notFound(NOT_FOUND)
  if (!(await canManage(user, ownershipOf(n)))) forbidden('只有发布人或负责该范围的工作人员可以修改这条公告。')
  return n
}

function statusOf(n: Parse.Object): NoticeStatus {
  return (textOf(n, 'status') ?? 'published') as NoticeStatus
}

export async function updateNotice(user: Parse.User, params: NoticeInput & { noticeId: string }): Promise<{ noticeId: string }> {
  const { noticeId, ...input } = params
  const n = await managed(user, noticeId)
  if (statusOf(n) !== 'published') invalid('公告已撤回或已隐藏，不能再修改。')
  const { value, target } = await checked(user, input)
  const before = { scope: textOf(n, 'scope') ?? '', targetId: textOf(n, 'targetId') ?? '' }
  await attachImages(user, n, value.imageIds)
  setContent(n, value, target)
  n.set('edited', true)
  await n.save(null, MASTER)
  await signal(target.scope, target.targetId)
  if (before.targetId !== target.targetId) await signal(before.scope, before.targetId)
  return { noticeId }
}

export async function withdrawNotice(user: Parse.User, noticeId: string): Promise<{ status: 'withdrawn' }> {
  const n = await managed(user, noticeId)
  const status = statusOf(n)
  if (status === 'draft') invalid('草稿还没有发布，不需要撤回，可以直接删除。')
  if (status === 'hidden') invalid('这条公告已被工作人员隐藏，无需撤回。')
  if (status === 'published') {
    n.set('status', 'withdrawn')
    await n.save(null, MASTER)
    await signal(textOf(n, 'scope') ?? '', textOf(n, 'targetId') ?? '')
  }
  return { status: 'withdrawn' }
}

export async function hideNotice(user: Parse.User, noticeId: string, reason: string): Promise<{ status: 'hidden' }> {
  const n = await load(noticeId)
  if (statusOf(n) === 'draft') notFound(NOT_FOUND)
  if (!isStaffOver(await staffScopeOf(user), ownershipOf(n))) forbidden('只有负责该范围的社区或街道工作人员可以隐藏公告。')
  const problem = validateHideReason(reason)
  if (problem) invalid(problem)
  n.set({ status: 'hidden', hiddenReason: reason.trim(), hiddenBy: user })
  await n.save(null, MASTER)
  await signal(textOf(n, 'scope') ?? '', textOf(n, 'targetId') ?? '')
  return { status: 'hidden' }
}

function buildingName(b: Parse.Object): string {
  const compound = b.get('compound') as Parse.Object | undefined
  return `${textOf(compound, 'name') ?? ''}${textOf(b, 'name') ?? ''}`
}

/**
 * Where the caller may publish: the street and its communities for street staff (buildings too
 * many to list; any of them may be chosen by id), their community and its buildings for community
 * staff, the buildings a steward looks after now.
 */
export async function publishTargets(user: Parse.User): Promise<{ targets: PublishTarget[] }> {
  const powers = await powersOf(user)
  if (!canPublishAtAll(powers)) return { targets: [] }
  const out: PublishTarget[] = []
  const { streetIds, communityIds } = powers.staff
  if (streetIds.length) {
    const streets = await new Parse.Query('Street').containedIn('objectId', streetIds).find(MASTER)
    for (const s of streets) out.push({ scope: 'street', targetId: idOf(s), name: textOf(s, 'name') ?? '' })
  }
  const communities = streetIds.length || communityIds.length
    ? await Parse.Query.or(new Parse.Query('Community').containedIn('street', streetIds.map((id) => pointer('Street', id))), new Parse.Query('Community').containedIn('objectId', communityIds))
        .ascending('code').limit(1000).find(MASTER)
    : []
  for (const c of communities) out.push({ scope: 'community', targetId: idOf(c), name: textOf(c, 'name') ?? '' })
  const buildingQueries = [new Parse.Query('Building').containedIn('objectId', powers.stewardBuildingIds)]
  if (communityIds.length) buildingQueries.push(new Parse.Query('Building').containedIn('community', communityIds.map((id) => pointer('Community', id))))
  const buildings = await Parse.Query.or(...buildingQueries).include('compound').limit(5000).find(MASTER)
  const named = buildings.map((b) => ({ id: idOf(b), name: buildingName(b) })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true }))
  for (const b of named) if (!out.some((t) => t.targetId === b.id)) out.push({ scope: 'building', targetId: b.id, name: b.name })
  return { targets: out }
}
