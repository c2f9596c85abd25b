/**
 * Subscription messages go through OutboxMessage. A send first consumes one acceptance with a
 * conditional UPDATE and writes the outbox row in the same statement, so an acceptance is never
 * used twice and never used without a row. In outbox (demo) mode that row is the end: status
 * 'outbox', WeChat is never called. Otherwise the row is 'pending'; delivery claims it
 * ('sending', conditional again, so two deliverers never send one row), calls WeChat and records
 * 'sent' or 'failed' with WeChat's errcode.
 */
import type { NotifyKind } from '@contract/domain'
import { SUBSCRIPTION_CAP } from '@/domain/notify'
import { sendSubscribeMessage, type SendOutcome } from '../../wechat/subscribe-send'
import { templateData } from '../../wechat/templates'
import { now } from '../clock'
import type { Job } from '../jobs'
import { runtime } from '../runtime'
import { newObjectId } from '../sql'
import type { Notification } from '../notify'
import { updateRows } from '../db/rows'

/** What a subscription message is made from: the notification itself. */
export type SendInput = Notification

/** WeChat: the user has no acceptance left for the template. Our count is wrong; it becomes 0. */
const REFUSED = 43101
/** In wechat mode only people who signed in with WeChat (an openid) can get a message. */
const HAS_OPENID = `EXISTS (SELECT 1 FROM "_User" u WHERE u."objectId" = s."user" AND u."authData"->'wxmini'->>'id' IS NOT NULL)`
const DELIVERY_CONCURRENCY = 8
const BATCH = 200

function mode() {
  return runtime().config.subscribeSend
}

/** Consumes one acceptance and queues one outbox row for the item; false when there is no acceptance (or template). */
export async function enqueue(item: SendInput, at: Date): Promise<string | null> {
  const template = runtime().config.wxTemplates[item.kind]
  if (!template) return null
  const outbox = mode() === 'outbox'
  const { rows } = await runtime().pool.query<{ id: string }>(
    `WITH used AS (
       UPDATE "Subscription" s SET "remaining" = s."remaining" - 1, "updatedAt" = $3
        WHERE s."user" = $1 AND s."kind" = $2 AND s."remaining" > 0 ${outbox ? '' : `AND ${HAS_OPENID}`}
       RETURNING s."user"
     )
     INSERT INTO "OutboxMessage" ("objectId", "user", "kind", "templateId", "page", "data", "refId", "status", "at", "createdAt", "updatedAt", "_rperm", "_wperm")
     SELECT $4, used."user", $2, $5, $6, $7::jsonb, $8, $9, $3, $3, $3, '{}', '{}' FROM used
     RETURNING "objectId" AS id`,
    [item.userId, item.kind, at, newObjectId(), template.id, item.page, JSON.stringify(templateData(template.fields, item, at)), item.refId ?? null, outbox ? 'outbox' : 'pending'],
  )
  return rows[0]?.id ?? null
}

/** Urgent notice: one outbox row per person of the scope with an acceptance left, all in one statement. */
export async function enqueueForScope(
  kind: NotifyKind,
  scope: { column: 'street' | 'community' | 'building'; targetId: string },
  content: { title: string; body: string; page: string; refId: string },
  at: Date,
): Promise<number> {
  const template = runtime().config.wxTemplates[kind]
  if (!template) return 0
  const outbox = mode() === 'outbox'
  // The join starts from the (few) subscribers of the kind, never from the (many) residents.
  const { rowCount } = await runtime().pool.query(
    `WITH used AS (
       UPDATE "Subscription" s SET "remaining" = s."remaining" - 1, "updatedAt" = $3
         FROM "Resident" r
        WHERE s."kind" = $1 AND s."remaining" > 0 AND r."user" = s."user" AND r."${scope.column}" = $2 ${outbox ? '' : `AND ${HAS_OPENID}`}
       RETURNING s."user"
     )
     INSERT INTO "OutboxMessage" ("objectId", "user", "kind", "templateId", "page", "data", "refId", "status", "at", "createdAt", "updatedAt", "_rperm", "_wperm")
     SELECT substr(md5(random()::text || clock_timestamp()::text || used."user"), 1, 16), used."user", $1, $4, $5, $6::jsonb, $7, $8, $3, $3, $3, '{}', '{}' FROM used`,
    [kind, scope.targetId, at, template.id, content.page, JSON.stringify(templateData(template.fields, content, at)), content.refId, outbox ? 'outbox' : 'pending'],
  )
  return rowCount ?? 0
}

interface Claimed {
  id: string
  user: string
  kind: NotifyKind
  templateId: string
  page: string
  data: Record<string, { value: string }>
  openid: string | null
}

/** Takes pending rows for sending (conditional: a row is claimed once), by id or the oldest due ones. */
async function claim(where: string, values: unknown[], at: Date): Promise<Claimed[]> {
  const { rows } = await runtime().pool.query<Claimed>(
    `UPDATE "OutboxMessage" o SET "status" = 'sending', "updatedAt" = $1
      WHERE o."objectId" IN (SELECT "objectId" FROM "OutboxMessage" WHERE "status" = 'pending' AND ${where} ORDER BY "at" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        AND o."status" = 'pending'
      RETURNING o."objectId" AS id, o."user", o."kind", o."templateId", o."page", o."data",
        (SELECT u."authData"->'wxmini'->>'id' FROM "_User" u WHERE u."objectId" = o."user") AS openid`,
    [at, ...values],
  )
  return rows
}

async function record(c: Claimed, outcome: SendOutcome): Promise<void> {
  const pool = runtime().pool
  const at = now()
  await pool.query(
    `UPDATE "OutboxMessage" SET "status" = $2, "errcode" = $3, "error" = $4, "sentAt" = $5, "updatedAt" = $5 WHERE "objectId" = $1`,
    [c.id, outcome.ok ? 'sent' : 'failed', outcome.errcode, outcome.ok ? null : outcome.errmsg.slice(0, 300), at],
  )
  if (outcome.errcode === REFUSED) {
    await pool.query(`UPDATE "Subscription" SET "remaining" = 0, "updatedAt" = $3 WHERE "user" = $1 AND "kind" = $2`, [c.user, c.kind, at])
  } else if (outcome.errcode === -1) {
    // WeChat never got it (unreachable, HTTP error): the acceptance was not used there; give it back.
    await pool.query(
      `UPDATE "Subscription" SET "remaining" = LEAST("remaining" + 1, $4), "updatedAt" = $3 WHERE "user" = $1 AND "kind" = $2`,
      [c.user, c.kind, at, SUBSCRIPTION_CAP],
    )
  }
}

async function send(c: Claimed): Promise<void> {
  const { config } = runtime()
  let outcome: SendOutcome
  if (!c.openid) outcome = { ok: false, errcode: -2, errmsg: 'no WeChat openid (not signed in with WeChat)' }
  // The server's setup, not the person's refusal: WeChat never saw it, so the acceptance is given back.
  else if (!config.wxAppId || !config.wxSecret) outcome = { ok: false, errcode: -1, errmsg: 'WX_APPID / WX_SECRET not configured' }
  else {
    outcome = await sendSubscribeMessage(
      { apiBase: config.wxApiBase, appId: config.wxAppId, secret: config.wxSecret },
      { touser: c.openid, template_id: c.templateId, page: c.page.replace(/^\//, ''), data: c.data, miniprogram_state: config.wxMiniprogramState },
    )
  }
  if (!outcome.ok) console.warn(`subscription message ${c.id} (${c.kind}) to user ${c.user} failed: errcode ${outcome.errcode} ${outcome.errmsg}`)
  await record(c, outcome)
}

async function sendAll(claimed: Claimed[]): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < claimed.length) await send(claimed[next++])
  }
  await Promise.all(Array.from({ length: Math.min(DELIVERY_CONCURRENCY, claimed.length) }, worker))
}

/** Sends the named pending rows now (a notification's own messages). */
export async function deliver(ids: string[]): Promise<number> {
  if (mode() !== 'wechat' || !ids.length) return 0
  const claimed = await claim(`"objectId" = ANY($2::text[])`, [ids], now())
  await sendAll(claimed)
  return claimed.length
}

/** Sends pending rows queued before `before` (optionally of one record), batch after batch, until none is left. */
export async function drain(opts: { refId?: string; before?: Date } = {}): Promise<number> {
  if (mode() !== 'wechat') return 0
  let total = 0
  for (;;) {
    const values: unknown[] = [opts.before ?? now()]
    let where = `"at" <= $2`
    if (opts.refId) {
      values.push(opts.refId)
      where += ` AND "refId" = $3`
    }
    const claimed = await claim(where, values, now())
    if (!claimed.length) return total
    await sendAll(claimed)
    total += claimed.length
  }
}

/**
 * Whatever a crash or restart left behind: pending rows older than a minute are sent; rows left
 * 'sending' for ten minutes may or may not have reached WeChat, so they are marked failed, never
 * sent twice. Only when sending to WeChat: in outbox mode nothing is ever pending.
 */
export const deliverOutboxJob: Job = {
  name: 'deliverOutbox',
  everyMs: 60_000,
  async run(at) {
    const stuck = await updateRows(undefined, 'OutboxMessage', `"status" = 'sending' AND "updatedAt" < $1`, { status: 'failed', error: 'interrupted while sending' }, {
      at,
      whereValues: [new Date(at.getTime() - 10 * 60_000)],
    })
    return stuck.length + (await drain({ before: new Date(at.getTime() - 60_000) }))
  },
}

/** The outbox's jobs: only when sending to WeChat (in outbox mode nothing is ever pending). */
export const outboxJobs = (): Job[] => (mode() === 'wechat' ? [deliverOutboxJob] : [])
