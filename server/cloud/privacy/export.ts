/** 我的数据: everything held about the caller, in one document they can keep (PIPL: access and copy). */
import { now } from '../clock'
import { exportParts } from './personal-data'
import type { MyDataExport } from '@contract/domain'
import { flagOf, isoOf, numberOf, refOf, textOf } from '../fields'
import { idOf } from '../ids'
import { Parse } from '../parse'
import { actsFor, myFamilyLinks } from '../family/links'
import { residentOf, rolesOf } from '../queries/people'
import { REGISTRATION_INCLUDES, householdOf, registrationViews } from '../registration/views'
import { profileAccessLog } from './access-log'

const MASTER = { useMasterKey: true } as const
const LOGIN_LABELS: Record<string, string> = { wxmini: '微信登录', demo: '演示登录' }

/** How this account signs in: linked providers, and the providers its sessions were made with. */
async function loginMethods(user: Parse.User, full: Parse.User | undefined): Promise<string[]> {
  const authData: unknown = full?.get('authData')
  const linked = authData && typeof authData === 'object' ? Object.keys(authData) : []
  const sessions = await new Parse.Query(Parse.Session).equalTo('user', user).limit(100).find(MASTER)
  const used = sessions.map((s) => (s.get('createdWith') as { authProvider?: string } | undefined)?.authProvider ?? '')
  return [...new Set([...linked, ...used].filter(Boolean))].map((p) => LOGIN_LABELS[p] ?? p)
}

async function profileOf(user: Parse.User): Promise<MyDataExport['profile']> {
  const r = await residentOf(user, ['community', 'compound', 'building'])
  if (!r) return null
  const name = (key: string) => textOf(refOf(r, key), 'name')
  return {
    name: textOf(r, 'name') ?? '',
    phone: textOf(r, 'phone'),
    community: name('community'),
    compound: name('compound'),
    building: name('building'),
    room: textOf(r, 'room'),
    birthYear: numberOf(r, 'birthYear'),
    moveInDate: textOf(r, 'moveInDate'),
    isNewResident: flagOf(r, 'isNewResident'),
    origin: textOf(r, 'origin'),
    workplace: textOf(r, 'workplace'),
    household: householdOf(r),
  }
}

export async function exportMyData(user: Parse.User): Promise<MyDataExport> {
  // authData is returned to the master key only: how the account signs in, not the request's copy.
  const full = await new Parse.Query(Parse.User).equalTo('objectId', idOf(user)).first(MASTER)
  const registrations = await new Parse.Query('Registration')
    .equalTo('user', user)
    .descending('createdAt')
    .include(REGISTRATION_INCLUDES)
    .limit(500)
    .find(MASTER)
  const ticks = await new Parse.Query('GuideTick').equalTo('user', user).include('item').descending('createdAt').limit(500).find(MASTER)
  const links = await myFamilyLinks(user)
  return {
    exportedAt: now().toISOString(),
    account: { userId: idOf(user), createdAt: isoOf(full, 'createdAt') ?? '', loginMethods: await loginMethods(user, full) },
    profile: await profileOf(user),
    roles: await rolesOf(user),
    registrations: await registrationViews(registrations),
    guideTicks: ticks.map((t) => ({ title: textOf(refOf(t, 'item'), 'title') ?? '', at: isoOf(t, 'createdAt') ?? '' })),
    profileAccesses: await profileAccessLog(user),
    familyLinks: [...links.seniors, ...links.family],
    actsForMe: await actsFor(user),
    more: await exportParts(idOf(user)),
  }
}
