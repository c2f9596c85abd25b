/** Publishing, editing, withdrawing and hiding notices; each change sends a NoticeSignal for LiveQuery. */
import type { NoticeInput, NoticeStatus, PublishTarget } from '../../../types/domain'
import { validateHideReason, validateNotice } from '../../../src/domain/notice'
import { privateAcl } from '../acl'
import { forbidden, invalid, notFound } from '../errors'
import { textOf } from '../fields'
import { idOf, pointer } from '../ids'
import { notifyUrgentNotice } from '../notify'
import { Parse } from '../parse'
import { staffScopeOf } from '../queries/staff'
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

function setContent(n: Parse.Object, value: NoticeInput, target: Target): void {
  n.set({
    scope: target.scope,
    targetId: target.targetId,
    street: pointer('Street', target.streetId),
    title: value.title,
    body: value.body,
    category: value.category,
    pinned: value.pinned === true,
    urgent: value.urgent === true,
  })
  if (target.communityId) n.set('community', pointer('Community', target.communityId))
  else n.unset('community')
  if (target.buildingId) n.set('building', pointer('Building', target.buildingId))
  else n.unset('building')
  for (const key of ['effectiveFrom', 'expiresAt'] as const) {
    const at = value[key]
    if (at) n.set(key, new Date(at))
    else n.unset(key)
  }
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

export async function publishNotice(user: Parse.User, input: NoticeInput): Promise<{ noticeId: string }> {
  const { value, target, role } = await checked(user, input)
  const n = new Parse.Object('Notice')
  setContent(n, value, target)
  n.set({ status: 'published', edited: false, publisher: user, publisherRole: role, publishedAt: new Date() })
  n.setACL(privateAcl())
  await n.save(null, MASTER)
  await signal(target.scope, target.targetId)
  // Urgent: a WeChat subscription message to those of the scope who asked for one (never fails the publishing).
  if (value.urgent === true) await notifyUrgentNotice({ id: idOf(n), scope: target.scope, targetId: target.targetId, title: value.title, body: value.body })
  return { noticeId: idOf(n) }
}

async function load(noticeId: string): Promise<Parse.Object> {
  const n = await new Parse.Query('Notice').get(noticeId, MASTER).catch(() => undefined)
  if (!n) notFound(NOT_FOUND)
  return n
}

/** Loads a notice the caller manages; others get 101 when they cannot see it, 119 when they can. */
async function managed(user: Parse.User, noticeId: string): Promise<Parse.Object> {
  const n = await load(noticeId)
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
