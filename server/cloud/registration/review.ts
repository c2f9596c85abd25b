/** Community (or street) staff approve or reject a pending registration. */
import { validateReviewReason } from '@/domain/registration'
import type { RegistrationStatus } from '@contract/domain'
import { forbidden, invalid, notFound } from '../errors'
import { refIdOf, textOf } from '../fields'
import { idOf } from '../ids'
import { Parse } from '../parse'
import { staffRoleFor, staffScopeOf } from '../directory'
import { inTransaction } from '../sql'
import { writeResident, type RegistrationRecord } from './records-sql'
import { now } from '../clock'
import { updateRow } from '../db/rows'
import { joinRoles } from '../directory'

const MASTER = { useMasterKey: true } as const
const ALREADY_REVIEWED = '这份登记已经审核过了，请刷新列表。'

/**
 * Approval is one transaction: the registration is locked and must still be pending, the
 * person's profile is written, and they join the `resident` role. Two staff approving at once
 * cannot both succeed; a failure leaves nothing half done.
 */
async function approve(registrationId: string, reviewerId: string): Promise<string | null> {
  const at = now()
  return inTransaction(async (sql) => {
    const [r] = await sql<RegistrationRecord>('SELECT * FROM "Registration" WHERE "objectId" = $1 FOR UPDATE', [registrationId])
    if (!r || r.status !== 'pending') invalid(ALREADY_REVIEWED)
    const residentId = await writeResident(sql, r, at)
    const [{ isNewResident }] = await sql<{ isNewResident: boolean }>('SELECT "isNewResident" FROM "Resident" WHERE "objectId" = $1', [residentId])
    await updateRow(sql, 'Registration', registrationId, { status: 'approved', reviewer: reviewerId, reviewedAt: at, resident: residentId, isNewResident }, { at })
    return r.user
  })
}

/** A rejection is one conditional statement: it applies only while the registration is pending. */
async function reject(registrationId: string, reviewerId: string, reason: string): Promise<void> {
  const at = now()
  const rejected = await updateRow(undefined, 'Registration', registrationId, { status: 'rejected', reason, reviewer: reviewerId, reviewedAt: at }, { at, and: `"status" = 'pending'` })
  if (!rejected) invalid(ALREADY_REVIEWED)
}

export interface ReviewInput {
  registrationId: string
  approve: boolean
  reason?: unknown
}

export async function reviewRegistration(reviewer: Parse.User, input: ReviewInput): Promise<RegistrationStatus> {
  const row = await new Parse.Query('Registration').equalTo('objectId', input.registrationId).first(MASTER)
  if (!row) notFound('没有找到这份登记，请刷新列表。')
  const place = { communityId: refIdOf(row, 'community'), streetId: refIdOf(row, 'street') }
  if (!staffRoleFor(await staffScopeOf(reviewer), place)) forbidden('您只能审核本社区居民的登记。')
  const reasonError = validateReviewReason(input.approve, input.reason)
  if (reasonError) invalid(reasonError)
  if (textOf(row, 'status') !== 'pending') invalid(ALREADY_REVIEWED)
  if (input.approve) {
    const userId = await approve(input.registrationId, idOf(reviewer))
    // Through Parse, after the approval commits: Parse clears its role cache, so the role counts at once.
    if (userId) await joinRoles(userId, ['resident'])
    return 'approved'
  }
  await reject(input.registrationId, idOf(reviewer), (input.reason as string).trim())
  return 'rejected'
}
