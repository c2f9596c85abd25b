/**
 * Classes of notifications (messages, subscriptions, outbox); spread into definitions
 * (definitions.ts) and indexes (indexes.ts). All three are master-only: people read their
 * messages through cloud functions; staff see the outbox in Parse Dashboard (master key).
 */
import { bool, date, masterOnly, num, ptr, str, type ClassDefinition, type FeatureSchema, featureSchema } from './kit'

export const notifyDefinitions: ClassDefinition[] = [
  {
    className: 'Message',
    // 我的消息: one row per notification and person.
    fields: {
      user: ptr('_User', true),
      kind: str(true),
      title: str(true),
      body: str(true),
      page: str(true),
      refId: str(),
      at: date(true),
      read: bool(false),
      readAt: date(),
    },
    classLevelPermissions: masterOnly,
    sqlIndexes: { message_user_at: '"user", "at" DESC, "objectId" DESC' },
  },
  {
    className: 'Subscription',
    // Accepted taps not yet used, per person and kind (unique): each allows one WeChat send.
    fields: { user: ptr('_User', true), kind: str(true), remaining: num(true), acceptedAt: date() },
    classLevelPermissions: masterOnly,
    sqlIndexes: { subscription_kind_remaining: '"kind", "remaining"' },
    sqlUnique: {
      // One counter per person and kind, so concurrent saves add to it instead of forking it.
      subscription_user_kind_unique: ['"user", "kind"', '"user" IS NOT NULL'],
    },
  },
  {
    className: 'OutboxMessage',
    // Every subscription message: kept here instead of sent in outbox (demo) mode; each attempt's
    // outcome otherwise. status: outbox | pending | sending | sent | failed.
    fields: {
      user: ptr('_User', true),
      kind: str(true),
      templateId: str(true),
      page: str(true),
      data: { type: 'Object' },
      refId: str(),
      status: str(true),
      errcode: num(),
      error: str(),
      at: date(true),
      sentAt: date(),
    },
    classLevelPermissions: masterOnly,
    sqlIndexes: { outbox_user: '"user"', outbox_status_at: '"status", "at"' },
  },
]

/** Classes written by people using the app (never by the seed): emptied by a reseed. */
export const notifyAppWritten: string[] = ['Message', 'Subscription', 'OutboxMessage']

/** The feature's whole part of the schema, for the feature list (server/cloud/features.ts). */
export const notifySchema: FeatureSchema = featureSchema(notifyDefinitions, notifyAppWritten)
