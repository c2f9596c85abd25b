/**
 * Family links: a family member asks to act for a senior by the senior's phone; only the senior
 * confirms; either side may end it. Asking must not tell the asker anything about the phone's
 * owner: the answer is the same whether anyone has the number, and the asker sees only the phone
 * they typed (masked) until the senior confirms. The senior is told of every request, and rows
 * are never deleted: a withdrawn request or an ended link stays, with who closed it and when.
 */
import { FAMILY_REQUESTS_PER_DAY } from '@/domain/family'
import { maskPhone, normalizePhone } from '@/domain/phone'
import type { FamilyLinkStatus } from '@contract/domain'
import { now } from '../clock'
import { forbidden, invalid, notFound } from '../errors'
import { textOf } from '../fields'
import { idOf } from '../ids'
import { notify } from '../notify'
import { REMOVED_NAME, residentOf, residentsOfUsers } from '../queries/people'
import { runtime } from '../runtime'
import { inTransaction, newObjectId } from '../sql'
import { isSeniorOf, linkRow, phoneKey, verifiedHolderOf, type LinkRow } from './rows'
import { insertRow } from '../db/rows'
import { PAGES } from '@contract/pages'

export { actsFor, myFamilyLinks } from './views'

const NO_LINK = '没有找到这条关联，请刷新后再试。'
const UNIQUE_VIOLATION = '23505'
const FAMILY_PAGE = PAGES.family
const DAY_MS = 24 * 3600_000

type Asked = { outcome: 'capped' | 'asked' | 'linked' } | { outcome: 'created'; bound: string | null }

export async function requestFamilyLink(user: Parse.User, seniorPhone: string): Promise<{ linkId: string; status: 'pending' }> {
  const me = idOf(user)
  const phone = normalizePhone(seniorPhone)
  // The senior must see who is asking before confirming: a name and a (masked) phone on file.
  const profile = await residentOf(user)
  const myPhone = textOf(profile, 'phone')
  if (!myPhone) notFound('请先完成住户登记，再申请关联长辈，长辈才知道是谁在申请。')
  if (normalizePhone(myPhone) === phone) invalid('不能关联您自己，请填写长辈的手机号。')
  const key = phoneKey(phone)
  // Looked up for every request, so a registered and an unregistered number take the same path.
  const holder = await verifiedHolderOf(phone)
  const seniorId = holder === me ? null : holder
  const id = newObjectId()
  const at = now()
  const asked = await inTransaction<Asked>(async (sql) => {
    // One account's requests one at a time: the daily count and the duplicate check hold under races.
    await sql('SELECT pg_advisory_xact_lock(hashtext($1))', [`family-request:${me}`])
    const [{ n }] = await sql<{ n: number }>('SELECT count(*)::int AS n FROM "FamilyLink" WHERE "family" = $1 AND "createdAt" > $2', [me, new Date(at.getTime() - DAY_MS)])
    if (n >= FAMILY_REQUESTS_PER_DAY) return { outcome: 'capped' }
    // Only about the number the caller typed (or a senior who already confirmed them): nothing new about a third party.
    const live = await sql<{ status: string }>(
      `SELECT "status" FROM "FamilyLink" WHERE "family" = $1 AND ("phoneKey" = $2 AND "status" IN ('pending', 'confirmed') OR "senior" = $3 AND "status" = 'confirmed')`,
      [me, key, seniorId],
    )
    if (live.some((l) => l.status === 'confirmed')) return { outcome: 'linked' }
    if (live.length) return { outcome: 'asked' }
    // A request already waiting at the same person under another number: this one waits unbound,
    // answered the same way (saying so would tell the asker both numbers are one person's).
    const pair = seniorId ? await sql('SELECT 1 FROM "FamilyLink" WHERE "family" = $1 AND "senior" = $2 AND "status" = \'pending\'', [me, seniorId]) : []
    const bound = pair.length ? null : seniorId
    await insertRow(sql, 'FamilyLink', { senior: bound, family: me, status: 'pending', phoneKey: key, phoneMasked: maskPhone(phone) }, { id, at })
    return { outcome: 'created', bound }
  })
  if (asked.outcome === 'capped') invalid(`24小时内最多发出${FAMILY_REQUESTS_PER_DAY}次关联申请，请明天再试。`)
  if (asked.outcome === 'linked') invalid('您已经关联了这位长辈。')
  if (asked.outcome === 'asked') invalid('您已经向这个手机号发出过申请，请等长辈确认。')
  if (asked.outcome === 'created' && asked.bound) {
    const name = textOf(profile, 'name') ?? '一位居民'
    // Not awaited: the reply must not take longer when the number belongs to someone.
    tell(asked.bound, '家人关联申请', `${name}（${maskPhone(myPhone)}）想作为家人为您代办事务，请在“家属代办”里同意或拒绝。`, id)
  }
  return { linkId: id, status: 'pending' }
}

export async function answerFamilyLink(user: Parse.User, linkId: string, accept: boolean): Promise<{ status: FamilyLinkStatus }> {
  const me = idOf(user)
  const link = await existing(linkId)
  if (!(await isSeniorOf(link, me))) forbidden('只有长辈本人可以确认或拒绝关联申请。')
  const status: FamilyLinkStatus = accept ? 'confirmed' : 'declined'
  // Conditional, so an answer applies once even when the senior taps twice; answering binds an
  // unbound request (sent before this senior verified the phone) to them.
  const changed = await update(
    `"status" = $3::text, "senior" = $2::text, "answeredAt" = $4::timestamptz, "endedAt" = CASE WHEN $3::text = 'declined' THEN $4::timestamptz END,
     "endedBy" = CASE WHEN $3::text = 'declined' THEN $2::text END, "updatedAt" = $4::timestamptz`,
    `"status" = 'pending' AND ("senior" = $2::text OR "senior" IS NULL)`,
    [linkId, me, status, now()],
    '您和这位家人已有一条申请或关联，请先处理那一条。',
  )
  if (!changed) invalid('这条申请已经处理过了。')
  if (link.family) {
    const name = await nameOf(me)
    if (accept) tell(link.family, '家人关联已确认', `${name}同意了您的关联申请，您可以为长辈代办了。`, linkId)
    else tell(link.family, '关联申请未获同意', '长辈没有同意您的关联申请。', linkId)
  }
  return { status }
}

/**
 * Either side ends a link, leaving the row: a pending request is withdrawn by the asker or
 * declined by the senior; a confirmed link ends. The other side is told.
 */
export async function removeFamilyLink(user: Parse.User, linkId: string): Promise<{ removed: true }> {
  const me = idOf(user)
  const link = await existing(linkId)
  const asFamily = link.family === me
  const asSenior = !asFamily && (await isSeniorOf(link, me))
  if (!asFamily && !asSenior) forbidden('您只能解除自己的关联。')
  const next: FamilyLinkStatus | null = link.status === 'confirmed' ? 'ended' : link.status === 'pending' ? (asFamily ? 'withdrawn' : 'declined') : null
  if (!next) invalid('这条关联已经结束了，不用再解除。')
  const at = now()
  const changed = await update(
    `"status" = $3::text, "senior" = COALESCE("senior", $4::text), "endedAt" = $5::timestamptz, "endedBy" = $2::text, "updatedAt" = $5::timestamptz,
     "answeredAt" = CASE WHEN $3::text = 'declined' THEN $5::timestamptz ELSE "answeredAt" END`,
    '"status" = $6::text',
    [linkId, me, next, asSenior ? me : null, at, link.status],
    '这条关联刚有变化，请刷新后再试。',
  )
  if (!changed) invalid('这条关联刚有变化，请刷新后再试。')
  const name = await nameOf(me)
  if (asFamily && link.senior) {
    if (next === 'withdrawn') tell(link.senior, '关联申请已撤回', `${name}撤回了想为您代办的关联申请。`, linkId)
    else tell(link.senior, '家人已解除关联', `${name}解除了与您的家属关联，不能再为您代办。`, linkId)
  }
  if (asSenior && link.family) {
    if (next === 'declined') tell(link.family, '关联申请未获同意', '长辈没有同意您的关联申请。', linkId)
    else tell(link.family, '长辈已解除关联', `${name}解除了与您的家属关联，您不能再为其代办。`, linkId)
  }
  return { removed: true }
}

async function existing(linkId: string): Promise<LinkRow> {
  const link = await linkRow(linkId)
  if (!link) notFound(NO_LINK)
  return link
}

/** One conditional UPDATE of a link; false when the condition no longer held (someone was first). */
async function update(set: string, where: string, values: unknown[], onDuplicate: string): Promise<boolean> {
  try {
    const { rowCount } = await runtime().pool.query(`UPDATE "FamilyLink" SET ${set} WHERE "objectId" = $1 AND ${where}`, values)
    return !!rowCount
  } catch (err) {
    // The unique index keeps one live link per senior and family member.
    if ((err as { code?: string }).code === UNIQUE_VIOLATION) invalid(onDuplicate)
    throw err
  }
}

async function nameOf(userId: string): Promise<string> {
  return textOf((await residentsOfUsers([userId])).get(userId), 'name') ?? REMOVED_NAME
}

/** Tells one person in the background; notify() never throws, and the action stands either way. */
function tell(userId: string, title: string, body: string, linkId: string): void {
  void notify([{ userId, kind: 'familyLink', title, body, page: FAMILY_PAGE, refId: linkId }]).catch((err: unknown) =>
    console.error(`family link ${linkId}: notification to ${userId} failed: ${err instanceof Error ? err.message : String(err)}`),
  )
}
