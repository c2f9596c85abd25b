/** Lookups of people and roles that several cloud functions share. All run with the master key. */
import { idOf, pointer } from '../ids'
import { Parse } from '../parse'
import type { QueryResultRow } from 'pg'
import { query } from '../db/rows'

const MASTER = { useMasterKey: true } as const

/** The resident profile of a user, or undefined when they have not registered a home. */
export async function residentOf(user: Parse.User, include: string[] = []): Promise<Parse.Object | undefined> {
  const q = new Parse.Query('Resident').equalTo('user', user)
  if (include.length) q.include(include)
  return q.first(MASTER)
}

/** Resident profiles of several users at once, keyed by user id. */
export async function residentsOfUsers(userIds: string[]): Promise<Map<string, Parse.Object>> {
  if (!userIds.length) return new Map()
  const users = userIds.map((id) => pointer('_User', id))
  const rows = await new Parse.Query('Resident').containedIn('user', users).limit(userIds.length).find(MASTER)
  return new Map(rows.map((r) => [idOf(r.get('user') as Parse.User), r]))
}

// Roles and stewards are the directory's; re-exported for the modules that read people here.
export { currentStewardUserIds, rolesOf } from '../directory'

/** What others see of someone whose profile is gone (erased with deleteMyData). */
export const REMOVED_NAME = '已注销用户'

/** Display names of users, by id; a user without a profile shows as removed. */
export async function namesOfUsers(userIds: Array<string | null | undefined>): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((id): id is string => !!id))]
  const profiles = await residentsOfUsers(ids)
  return new Map(ids.map((id) => [id, (profiles.get(id)?.get('name') as string | undefined) ?? REMOVED_NAME]))
}

/** A timeline's rows and the display names of the people who acted in them, read together. */
export async function withActorNames<R extends QueryResultRow>(text: string, values: unknown[], actorOf: (row: R) => string | null): Promise<{ rows: R[]; names: Map<string, string> }> {
  const rows = await query<R>(undefined, text, values)
  return { rows, names: await namesOfUsers(rows.map(actorOf)) }
}
