/**
 * Family links: a family member asks to act for a senior (found by the phone of their verified
 * profile); only the senior confirms; either side may end it. Phones are shown masked.
 */
import { maskPhone, normalizePhone } from '../../../src/domain/phone'
import type { ActRecord, FamilyLinkStatus, FamilyLinkView } from '../../../types/domain'
import { privateAcl } from '../acl'
import { forbidden, invalid, notFound } from '../errors'
import { isoOf, refIdOf, textOf } from '../fields'
import { idOf, pointer } from '../ids'
import { Parse } from '../parse'
import { REMOVED_NAME, namesOfUsers, residentOf, residentsOfUsers } from '../queries/people'
import { runtime } from '../runtime'

const MASTER = { useMasterKey: true } as const
const NO_LINK = '没有找到这条关联，请刷新后再试。'
const STATUSES: readonly FamilyLinkStatus[] = ['pending', 'confirmed', 'declined']

export async function requestFamilyLink(user: Parse.User, seniorPhone: string): Promise<{ linkId: string; status: 'pending' }> {
  const phone = normalizePhone(seniorPhone)
  // The senior must see who is asking before confirming: a name and a (masked) phone on file.
  const me = await residentOf(user)
  if (!textOf(me, 'phone')) notFound('请先完成住户登记，再申请关联长辈，长辈才知道是谁在申请。')
  if (textOf(me, 'phone') === phone) invalid('不能关联您自己，请填写长辈的手机号。')
  const senior = await new Parse.Query('Resident').equalTo('phone', phone).equalTo('verified', true).exists('user').first(MASTER)
  const seniorUser = senior?.get('user') as Parse.User | undefined
  if (!seniorUser) notFound('没有找到用这个手机号登记的居民，请核对号码，或请长辈先完成住户登记。')
  if (seniorUser.id === idOf(user)) invalid('不能关联您自己，请填写长辈的手机号。')
  const link = new Parse.Object('FamilyLink')
  link.set({ senior: seniorUser, family: user, status: 'pending' })
  link.setACL(privateAcl())
  try {
    await link.save(null, MASTER)
  } catch (err) {
    // A partial unique index keeps one live link per pair, whatever arrives at once.
    if (!(err instanceof Parse.Error && err.code === Parse.Error.DUPLICATE_VALUE)) throw err
    const live = await new Parse.Query('FamilyLink').equalTo('senior', seniorUser).equalTo('family', user).equalTo('status', 'confirmed').first(MASTER)
    invalid(live ? '您已经关联了这位长辈。' : '您已经向这位长辈发出过申请，请等长辈确认。')
  }
  return { linkId: idOf(link), status: 'pending' }
}

async function linkById(linkId: string): Promise<Parse.Object> {
  const link = await new Parse.Query('FamilyLink').equalTo('objectId', linkId).first(MASTER)
  if (!link) notFound(NO_LINK)
  return link
}

export async function answerFamilyLink(user: Parse.User, linkId: string, accept: boolean): Promise<{ status: FamilyLinkStatus }> {
  const link = await linkById(linkId)
  if (refIdOf(link, 'senior') !== idOf(user)) forbidden('只有长辈本人可以确认或拒绝关联申请。')
  const status: FamilyLinkStatus = accept ? 'confirmed' : 'declined'
  // Conditional, so an answer applies once even when the senior taps twice.
  const { rowCount } = await runtime().pool.query(
    `UPDATE "FamilyLink" SET "status" = $2, "answeredAt" = now(), "updatedAt" = now() WHERE "objectId" = $1 AND "status" = 'pending'`,
    [linkId, status],
  )
  if (!rowCount) invalid('这条申请已经处理过了。')
  return { status }
}

export async function removeFamilyLink(user: Parse.User, linkId: string): Promise<{ removed: true }> {
  const link = await linkById(linkId)
  if (refIdOf(link, 'senior') !== idOf(user) && refIdOf(link, 'family') !== idOf(user)) forbidden('您只能解除自己的关联。')
  await link.destroy(MASTER)
  return { removed: true }
}

function statusOf(o: Parse.Object): FamilyLinkStatus {
  return STATUSES.find((s) => s === textOf(o, 'status')) ?? 'pending'
}

/** Views of links from one side: `otherField` names the other person of each link. */
async function linkViews(links: Parse.Object[], otherField: 'senior' | 'family'): Promise<FamilyLinkView[]> {
  const otherIds = links.map((l) => refIdOf(l, otherField) ?? '')
  const profiles = await residentsOfUsers(otherIds.filter(Boolean))
  return links.map((l, i) => {
    const profile = profiles.get(otherIds[i])
    return {
      id: idOf(l),
      status: statusOf(l),
      other: { userId: otherIds[i], name: textOf(profile, 'name') ?? REMOVED_NAME, maskedPhone: maskPhone(textOf(profile, 'phone')) },
      createdAt: isoOf(l, 'createdAt') ?? '',
    }
  })
}

function linksWhere(field: 'senior' | 'family', user: Parse.User): Promise<Parse.Object[]> {
  return new Parse.Query('FamilyLink').equalTo(field, user).descending('createdAt').limit(100).find(MASTER)
}

/** seniors: the people I act for (or asked to); family: the people who act for me (or asked to). */
export async function myFamilyLinks(user: Parse.User): Promise<{ seniors: FamilyLinkView[]; family: FamilyLinkView[] }> {
  const [asFamily, asSenior] = await Promise.all([linksWhere('family', user), linksWhere('senior', user)])
  return { seniors: await linkViews(asFamily, 'senior'), family: await linkViews(asSenior, 'family') }
}

/** What family members did in this person's name, newest first. */
export async function actsFor(user: Parse.User): Promise<ActRecord[]> {
  const acts = await new Parse.Query('Act').equalTo('subject', pointer('_User', idOf(user))).descending('at').limit(200).find(MASTER)
  const names = await namesOfUsers(acts.map((a) => refIdOf(a, 'actor')))
  return acts.map((a) => {
    const actorId = refIdOf(a, 'actor')
    return { at: isoOf(a, 'at') ?? '', actorName: (actorId && names.get(actorId)) || REMOVED_NAME, action: textOf(a, 'action') ?? '' }
  })
}
