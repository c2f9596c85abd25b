/** Applying: drafts saved as people type, submission inside the window, withdrawal before review starts. */
import type { UploadRef } from '@contract/domain'
import type { WelfareApplicationFields, WelfareApplicationSummary, WelfareApplicationView, WelfareEvent, WelfareProgressPost } from '@contract/api-welfare'
import { authorCan, phaseOf, validateApplication, windowProblem, WELFARE_STATUS_LABELS } from '@/domain/welfare'
import { now } from '../clock'
import { fail, invalid, notFound } from '../errors'
import { notify } from '../notify'
import { Parse } from '../parse'
import { withActorNames } from '../queries/people'
import { runtime } from '../runtime'
import { inTransaction, newObjectId } from '../sql'
import { claimUploads, releaseUploads } from '../uploads'
import { addEvent, ownApplication, requireVerifiedResident, visibleApplication } from './access'
import { communityNames, FIELD_COLUMNS, fieldsOf, personNames, programmeRow, publicNameOf, refs, summaries, today, type ApplicationRow, type ProgrammeRow } from './rows'
import { insertRow, updateRow } from '../db/rows'
import { pageOf } from '@contract/pages'

const EDITABLE = ['draft', 'revise']

/** Community ids that are not communities of the programme's street: refused, so review always has someone to do it. */
async function checkCommunities(ids: string[] | undefined, streetId: string): Promise<void> {
  if (!ids?.length) return
  const { rows } = await runtime().pool.query<{ n: number }>('SELECT count(*)::int AS n FROM "Community" WHERE "objectId" = ANY($1) AND "street" = $2', [ids, streetId])
  if (rows[0].n !== ids.length) invalid('请从本街道的社区中选择服务的社区。')
}

/** Uploads to keep, in the order asked: those already attached and named again, plus newly claimed ones. */
async function attachments(userId: string, wanted: string[] | undefined, current: UploadRef[], refId: string): Promise<UploadRef[] | undefined> {
  if (wanted === undefined) return undefined
  const unique = [...new Set(wanted)]
  const fresh = unique.filter((id) => !current.some((a) => a.id === id))
  const claimed = fresh.length ? await claimUploads(userId, fresh, 'welfare', refId) : []
  const all = [...current, ...claimed]
  return unique.map((id) => all.find((a) => a.id === id)!)
}

/** Creates the caller's draft or updates their draft (or an application returned for revision). */
export async function saveApplication(user: Parse.User, params: WelfareApplicationFields & { applicationId?: string; programmeId: string }): Promise<{ applicationId: string }> {
  const userId = user.id ?? ''
  await requireVerifiedResident(userId)
  const p = await programmeRow(params.programmeId)
  const { applicationId, programmeId, ...input } = params
  void programmeId
  const v = validateApplication(input as Record<string, unknown>, { complete: false, categories: p.categories ?? undefined })
  if (!v.ok) invalid(v.first)
  await checkCommunities(v.value.communityIds, p.street)
  const existing = applicationId ? await ownApplication(user, applicationId) : null
  if (existing && existing.programme !== p.objectId) invalid('申请不属于这一期项目，请刷新后重试。')
  if (existing && !EDITABLE.includes(existing.status)) fail(Parse.Error.VALIDATION_ERROR, '这份申请已提交审核，不能再修改。')
  if (!existing && phaseOf(p, today()) === 'closed') invalid(`本期申报已于${p.closesOn}截止。`)
  const id = existing?.objectId ?? newObjectId()
  const atts = await attachments(userId, v.value.attachmentIds, existing?.attachments ?? [], id)
  const at = now()
  // Only the fields sent are written: a draft saved field by field keeps what it had.
  const sets: string[] = []
  const values: unknown[] = []
  for (const [field, column, kind] of FIELD_COLUMNS) {
    if (!(field in input)) continue
    const value = (v.value as Record<string, unknown>)[field]
    values.push(value === undefined ? null : kind === 'json' ? JSON.stringify(value) : value)
    sets.push(`"${column}" = $${values.length}${kind === 'json' ? '::jsonb' : ''}`)
  }
  if ('items' in input && !('totalFen' in input)) {
    values.push(v.value.totalFen ?? null)
    sets.push(`"totalFen" = $${values.length}`)
  }
  if (atts) {
    values.push(JSON.stringify(atts))
    sets.push(`"attachments" = $${values.length}::jsonb`)
  }
  if (existing) {
    values.push(at, id, userId)
    const n = values.length
    const { rowCount } = await runtime().pool.query(
      `UPDATE "WelfareApplication" SET ${[...sets, `"updatedAt" = $${n - 2}`].join(', ')} WHERE "objectId" = $${n - 1} AND "applicant" = $${n} AND "status" IN ('draft', 'revise')`,
      values,
    )
    if (!rowCount) invalid('这份申请已提交审核，不能再修改。')
    // Files taken off the draft are let go (and cleaned up by the uploads job).
    if (atts) await releaseUploads(id, atts.map((a) => a.id))
    return { applicationId: id }
  }
  await insertRow(undefined, 'WelfareApplication', { programme: p.objectId, street: p.street, applicant: userId, status: 'draft' }, { id, at })
  if (sets.length) {
    values.push(id)
    await runtime().pool.query(`UPDATE "WelfareApplication" SET ${sets.join(', ')} WHERE "objectId" = $${values.length}`, values)
  }
  return { applicationId: id }
}

/** Submits a complete draft (or a revised one) inside the programme's window and under its cap. */
export async function submitApplication(user: Parse.User, applicationId: string): Promise<{ status: 'submitted' }> {
  const r = await ownApplication(user, applicationId)
  if (!EDITABLE.includes(r.status)) invalid('这份申请已经提交，不需要再提交。')
  const p = await programmeRow(r.programme)
  const closed = windowProblem(p, today())
  if (closed) invalid(closed)
  const v = validateApplication(fieldsOf(r) as Record<string, unknown>, { complete: true, capFen: Number(p.capFen), categories: p.categories ?? undefined })
  if (!v.ok) invalid(v.first)
  const at = now()
  await inTransaction(async (sql) => {
    const done = await updateRow(sql, 'WelfareApplication', r.objectId, { status: 'submitted', submittedAt: at }, { at, and: `"status" IN ('draft', 'revise')` })
    if (!done) invalid('这份申请已经提交，不需要再提交。')
    await addEvent(sql, { application: r.objectId, kind: r.status === 'revise' ? 'resubmitted' : 'submitted', actor: user.id ?? null, actorRole: 'applicant', at })
  })
  await notify([
    {
      userId: user.id ?? '',
      kind: 'welfareUpdate',
      title: '彩虹桥申请已提交',
      body: `您的项目“${r.projectName ?? ''}”已提交，等待社区初审。`,
      page: pageOf('welfareApplication', r.objectId),
      refId: r.objectId,
    },
  ])
  return { status: 'submitted' }
}

/** Withdraws before review starts (draft, submitted, returned for revision). */
export async function withdrawApplication(user: Parse.User, applicationId: string): Promise<{ status: 'withdrawn' }> {
  const r = await ownApplication(user, applicationId)
  const at = now()
  await inTransaction(async (sql) => {
    const done = await updateRow(sql, 'WelfareApplication', r.objectId, { status: 'withdrawn' }, { at, and: `"status" IN ('draft', 'submitted', 'revise')` })
    if (!done) invalid(r.status === 'withdrawn' ? '这份申请已经撤回了。' : '审核已经开始，不能撤回。')
    await addEvent(sql, { application: r.objectId, kind: 'withdrawn', actor: user.id ?? null, actorRole: 'applicant', at })
  })
  return { status: 'withdrawn' }
}

export async function myApplications(user: Parse.User): Promise<{ items: WelfareApplicationSummary[] }> {
  const { rows } = await runtime().pool.query<ApplicationRow>('SELECT * FROM "WelfareApplication" WHERE "applicant" = $1 ORDER BY "updatedAt" DESC LIMIT 100', [user.id])
  return { items: await summaries(rows) }
}

interface EventRow {
  at: Date
  kind: string
  actor: string | null
  actorRole: string
  comment: string | null
  score: number | null
  amountFen: number | null
}

export async function timelineOf(applicationId: string): Promise<WelfareEvent[]> {
  const sql = 'SELECT "at", "kind", "actor", "actorRole", "comment", "score", "amountFen" FROM "WelfareEvent" WHERE "application" = $1 ORDER BY "at", "createdAt"'
  const { rows, names } = await withActorNames<EventRow>(sql, [applicationId], (e) => e.actor)
  return rows.map((e) => ({
    at: e.at.toISOString(),
    kind: e.kind,
    actorName: (e.actor && names.get(e.actor)) || '',
    actorRole: e.actorRole,
    comment: e.comment,
    amountFen: e.amountFen === null ? null : Number(e.amountFen),
    score: e.score === null ? null : Number(e.score),
  }))
}

export async function progressOf(applicationId: string): Promise<WelfareProgressPost[]> {
  const { rows } = await runtime().pool.query<{ objectId: string; at: Date; kind: 'progress' | 'report'; text: string; photos: UploadRef[] | null }>(
    'SELECT "objectId", "at", "kind", "text", "photos" FROM "WelfareProgress" WHERE "application" = $1 ORDER BY "at" DESC',
    [applicationId],
  )
  return rows.map((p) => ({ id: p.objectId, at: p.at.toISOString(), kind: p.kind, text: p.text, photos: p.photos ?? [] }))
}

/** The application in full for its author and its reviewers, with the timeline and what the caller may do. */
export async function getApplication(user: Parse.User, applicationId: string): Promise<{ application: WelfareApplicationView }> {
  const { r, s } = await visibleApplication(user, applicationId)
  const p: ProgrammeRow = await programmeRow(r.programme)
  const [names, persons, timeline, progress] = await Promise.all([communityNames(r.communityIds ?? []), personNames([r.applicant]), timelineOf(r.objectId), progressOf(r.objectId)])
  const own = authorCan(r.status, phaseOf(p, today()) === 'open')
  const hasReport = progress.some((x) => x.kind === 'report')
  return {
    application: {
      id: r.objectId,
      programme: { id: p.objectId, name: p.name, capFen: Number(p.capFen), opensOn: p.opensOn, closesOn: p.closesOn, criteria: p.criteria ?? [] },
      status: r.status,
      fields: fieldsOf(r),
      communities: refs(r.communityIds, names),
      attachments: r.attachments ?? [],
      publicName: publicNameOf(r, persons),
      applicantName: (r.applicant && persons.get(r.applicant)) || '',
      approvedFen: r.approvedFen === null ? null : Number(r.approvedFen),
      submittedAt: r.submittedAt?.toISOString() ?? null,
      updatedAt: r.updatedAt.toISOString(),
      timeline,
      progress,
      can: {
        edit: s.author && own.edit,
        submit: s.author && own.submit,
        withdraw: s.author && own.withdraw,
        firstReview: s.firstReviewer && r.status === 'submitted',
        finalDecision: s.finalReviewer && r.status === 'passed',
        postProgress: s.author && own.postProgress && !hasReport,
        complete: s.finalReviewer && r.status === 'approved' && hasReport,
      },
    },
  }
}

export const statusLabel = (s: keyof typeof WELFARE_STATUS_LABELS) => WELFARE_STATUS_LABELS[s]

/** Sends the applicant the news of a change (in-app, and WeChat's subscription message if accepted). */
export async function tellApplicant(r: ApplicationRow, title: string, body: string): Promise<void> {
  if (!r.applicant) return
  await notify([{ userId: r.applicant, kind: 'welfareUpdate', title, body, page: pageOf('welfareApplication', r.objectId), refId: r.objectId }])
}

export { notFound }
