/**
 * Classes of Red summons and the time bank (issue #5); spread into definitions (definitions.ts) and indexes (indexes.ts).
 * Every class is master-only: clients read and write them through cloud functions, which scope
 * them and enforce capacity, deadlines and the ledger's once-only credits in SQL.
 */
import { bool, date, masterOnly, num, ptr, str, type ClassDefinition, type FeatureSchema, featureSchema } from './kit'

export const activitiesDefinitions: ClassDefinition[] = [
  {
    className: 'Campaign',
    fields: { name: str(true), street: ptr('Street', true), startsOn: str(true), endsOn: str(true), createdBy: ptr('_User') },
    classLevelPermissions: masterOnly,
  },
  {
    className: 'Activity',
    fields: {
      title: str(true),
      theme: str(true),
      street: ptr('Street', true),
      campaign: ptr('Campaign'),
      // jsonb array of community ids it is for; empty: the whole street.
      communityIds: { type: 'Array' },
      startsAt: date(true),
      endsAt: date(true),
      signupDeadline: date(true),
      placeText: str(true),
      placeCommunity: ptr('Community'),
      placeBuilding: ptr('Building'),
      location: { type: 'GeoPoint' },
      capacity: num(true),
      // Kept by the same statements that change sign-ups, under the activity's row lock.
      confirmedCount: num(),
      waitlistCount: num(),
      // Arrival counter: each sign-up takes the next number, so the waiting list keeps arrival order.
      signupSeq: num(),
      description: str(),
      bring: str(),
      fixedHours: num(),
      organiser: ptr('_User', true),
      organiserRole: str(),
      createdBy: ptr('_User', true),
      status: str(true),
      closedAt: date(),
      closedBy: ptr('_User'),
    },
    classLevelPermissions: masterOnly,
    sqlIndexes: { activity_starts: '"startsAt"', activity_campaign: '"campaign", "startsAt"' },
  },
  {
    className: 'ActivitySignup',
    fields: {
      activity: ptr('Activity', true),
      user: ptr('_User', true),
      status: str(true),
      seq: num(true),
      checkInAt: date(),
      checkOutAt: date(),
      attendance: str(),
      remindedAt: date(),
      cancelledAt: date(),
    },
    classLevelPermissions: masterOnly,
    sqlIndexes: { activity_signup_activity: '"activity", "status", "seq"', activity_signup_user: '"user"' },
    sqlUnique: {
      // A resident holds at most one live place (confirmed or waiting) per activity, however often they tap.
      activity_signup_live: ['"activity", "user"', `"status" IN ('confirmed', 'waitlisted')`],
    },
  },
  {
    className: 'TimeBankEntry',
    // Append-only: rows are inserted, never updated (erasure only removes the person's pointer).
    fields: {
      user: ptr('_User'),
      community: ptr('Community'),
      hours: num(true),
      source: str(true),
      // attendance:<signupId> or adjustment:<id>; unique, so one attendance is credited once.
      sourceKey: str(true),
      activity: ptr('Activity'),
      signup: ptr('ActivitySignup'),
      reason: str(),
      confirmedBy: ptr('_User'),
      confirmedAt: date(true),
    },
    classLevelPermissions: masterOnly,
    sqlIndexes: { time_bank_user: '"user", "confirmedAt"', time_bank_community: '"community"' },
    sqlUnique: {
      // One credit per source: retries, double taps and restarts cannot credit an attendance twice.
      time_bank_source: ['"sourceKey"', 'true'],
    },
  },
  {
    className: 'VolunteerPrefs',
    fields: { user: ptr('_User', true), onLeaderboard: bool() },
    classLevelPermissions: masterOnly,
    sqlUnique: { volunteer_prefs_user: ['"user"', 'true'] },
  },
]

/** Classes written by people using the app (never by the seed): emptied on reseed. */
export const activitiesAppWritten: string[] = []

/** The feature's whole part of the schema, for the feature list (server/cloud/features.ts). */
export const activitiesSchema: FeatureSchema = featureSchema(activitiesDefinitions, activitiesAppWritten)
