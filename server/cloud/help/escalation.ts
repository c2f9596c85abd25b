/**
 * Escalation: an open request nobody accepted within HELP_ESCALATE_MINUTES (HELP_ESCALATE_URGENT_MINUTES
 * when urgent) goes to its community's staff. One conditional UPDATE marks each due request once, so
 * running the job twice (or on two servers) escalates nothing twice.
 */
import { pageOf } from '@contract/pages'
import { scopedRole } from '@/domain/roles'
import { notify, type Notification } from '../notify'
import { inTransaction } from '../sql'
import { addEvent, escalationMinutes } from './requests'
import { roleMemberIds } from '../directory'

interface Escalated {
  objectId: string
  requester: string
  community: string
  kind: string
  urgent: boolean | null
}

export async function escalateDue(at: Date): Promise<number> {
  const m = escalationMinutes()
  const urgentBefore = new Date(at.getTime() - m.urgent * 60_000)
  const normalBefore = new Date(at.getTime() - m.normal * 60_000)
  const escalated = await inTransaction(async (sql) => {
    const rows = await sql<Escalated>(
      `UPDATE "HelpRequest" SET "escalatedAt" = $1, "updatedAt" = $1
       WHERE "status" = 'open' AND "escalatedAt" IS NULL
         AND "submittedAt" <= CASE WHEN "urgent" IS TRUE THEN $2::timestamptz ELSE $3::timestamptz END
       RETURNING "objectId", "requester", "community", "kind", "urgent"`,
      [at, urgentBefore, normalBefore],
    )
    for (const r of rows) await addEvent(sql, r.objectId, 'escalated', null, 'system', null, at)
    return rows
  })
  const items: Notification[] = []
  const staffOf = new Map<string, string[]>()
  for (const r of escalated) {
    if (!staffOf.has(r.community)) staffOf.set(r.community, await roleMemberIds(scopedRole.communityStaff(r.community)))
    const page = pageOf('helpDetail', r.objectId)
    items.push({ userId: r.requester, kind: 'helpUpdate', title: '求助已转社区处理', body: `您的${r.kind}求助暂时无人受理，已转给社区工作人员。`, page, refId: r.objectId })
    for (const userId of staffOf.get(r.community)!) {
      items.push({ userId, kind: 'helpUpdate', title: r.urgent ? '紧急求助无人受理' : '求助无人受理', body: `一条${r.kind}求助超时无人受理，已转社区，请尽快处理。`, page, refId: r.objectId })
    }
  }
  if (items.length) {
    try {
      await notify(items)
    } catch (err) {
      console.error(`help escalation notifications failed: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
  return escalated.length
}
