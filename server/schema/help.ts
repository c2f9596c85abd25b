/**
 * Classes of Stewards and help requests (issue #4); spread into definitions (definitions.ts) and indexes (indexes.ts).
 * All master-only: residents, stewards and staff read them through cloud functions, which scope them
 * (a request is seen by its requester, the building's stewards and, once escalated, the community's staff).
 */
import { featureSchema, type ClassDefinition, type FeatureSchema } from './kit'
import { bool, date, masterOnly, ptr, str } from './kit'

export const helpDefinitions: ClassDefinition[] = [
  {
    className: 'StewardProfile',
    // What residents see of their steward beyond name and masked phone; one per steward (unique index).
    fields: { user: ptr('_User', true), intro: str(), dutyHours: str(), photoId: str(), photoUrl: str() },
    classLevelPermissions: masterOnly,
    sqlUnique: { steward_profile_user: ['"user"', 'true'] },
  },
  {
    className: 'HelpRequest',
    // A resident's request to the stewards of their building. status: open | accepted | resolved | cancelled;
    // escalatedAt is set once, by the escalation job, when nobody accepted in time.
    fields: {
      requester: ptr('_User', true),
      // A family member who sent it for a senior (the requester), or none.
      actor: ptr('_User'),
      building: ptr('Building', true),
      community: ptr('Community', true),
      street: ptr('Street', true),
      kind: str(true),
      text: str(),
      urgent: bool(),
      status: str(true),
      submittedAt: date(true),
      acceptedBy: ptr('_User'),
      acceptedRole: str(),
      acceptedAt: date(),
      escalatedAt: date(),
      resolvedAt: date(),
      cancelledAt: date(),
    },
    classLevelPermissions: masterOnly,
    sqlIndexes: { help_request_requester: '"requester", "submittedAt"', help_request_building: '"building", "submittedAt"', help_request_escalation: '"status", "submittedAt"', help_request_community: '"community", "escalatedAt"' },
  },
  {
    className: 'HelpEvent',
    // Every step of a request (submitted, accepted, reply, escalated, resolved, cancelled), for the timeline.
    fields: { request: ptr('HelpRequest', true), kind: str(true), actor: ptr('_User'), actorRole: str(true), text: str(), at: date(true) },
    classLevelPermissions: masterOnly,
    sqlIndexes: { help_event_request: '"request", "at"', help_event_actor: '"actor"' },
  },
]

/** Classes written by people using the app (never by the seed): emptied by a reseed. The help classes are seeded (helpSeedOrder), so a reseed empties them anyway. */
export const helpAppWritten: string[] = []

/** The feature's whole part of the schema, for the feature list (server/cloud/features.ts). */
export const helpSchema: FeatureSchema = featureSchema(helpDefinitions, helpAppWritten)
