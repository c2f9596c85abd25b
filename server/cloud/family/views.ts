/**
 * What each side of a family link may see. The senior decides, so they see who asks (name and
 * masked phone). The family member sees the senior's name only once the senior confirmed: before
 * that, only the phone they typed, masked, so a phone number never turns into a stranger's name.
 */
import { maskPhone } from '@/domain/phone'
import type { ActRecord, FamilyLinkStatus, FamilyLinkView } from '@contract/domain'
import { isoOf, refIdOf, textOf } from '../fields'
import { idOf, pointer } from '../ids'
import { Parse } from '../parse'
import { REMOVED_NAME, namesOfUsers, residentsOfUsers } from '../queries/people'
import { linksAskedBy, linksAskingMe, verifiedPhoneKeyOf, type LinkRow } from './rows'

const MASTER = { useMasterKey: true } as const
const STATUSES: readonly FamilyLinkStatus[] = ['pending', 'confirmed', 'declined', 'withdrawn', 'ended']

function statusOf(row: LinkRow): FamilyLinkStatus {
  return STATUSES.find((s) => s === row.status) ?? 'pending'
}

/** The senior agreed at some point (confirmed now, or confirmed and ended since). */
function seniorAgreed(row: LinkRow): boolean {
  return !!row.senior && !!row.answeredAt && (row.status === 'confirmed' || row.status === 'ended')
}

type Side = 'asker' | 'senior'

async function viewsOf(rows: LinkRow[], side: Side, me: string): Promise<FamilyLinkView[]> {
  const shownIds = rows.map((r) => (side === 'senior' ? r.family : seniorAgreed(r) ? r.senior : null))
  const profiles = await residentsOfUsers([...new Set(shownIds.filter((id): id is string => !!id))])
  return rows.map((r, i) => {
    const userId = shownIds[i]
    const profile = userId ? profiles.get(userId) : undefined
    const other: FamilyLinkView['other'] = userId
      ? { userId, name: textOf(profile, 'name') ?? REMOVED_NAME, maskedPhone: maskPhone(textOf(profile, 'phone')) }
      : { userId: null, name: null, maskedPhone: side === 'asker' ? (r.phoneMasked ?? '') : '' }
    return {
      id: r.objectId,
      status: statusOf(r),
      other,
      createdAt: r.createdAt.toISOString(),
      closedAt: r.endedAt ? r.endedAt.toISOString() : null,
      closedBy: r.endedBy === me ? 'me' : r.endedBy ? 'other' : null,
    }
  })
}

/** seniors: the people I act for (or asked to); family: the people who act for me (or asked to), withdrawn requests included. */
export async function myFamilyLinks(user: Parse.User): Promise<{ seniors: FamilyLinkView[]; family: FamilyLinkView[] }> {
  const me = idOf(user)
  const [asked, asking] = await Promise.all([linksAskedBy(me), verifiedPhoneKeyOf(me).then((key) => linksAskingMe(me, key))])
  return { seniors: await viewsOf(asked, 'asker', me), family: await viewsOf(asking, 'senior', me) }
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
