/**
 * Classes Parse Server defines itself. Left out of the schema they keep Parse's open defaults
 * (anyone may create an _Installation; a user may update their own _User row, password and ACL
 * included), so each one Parse keeps in its schema is locked here like the app's own classes.
 * Cloud code reaches them with the master key; Parse's login, logout and session checks use the
 * master key internally too. Why each is closed: server/schema/decisions.ts and docs/security.md.
 *
 * Parse's volatile classes (_PushStatus, _JobStatus, _JobSchedule, _Hooks, _GlobalConfig,
 * _GraphQLConfig, _Audience, _Idempotency) are not stored in the schema and take no class-level
 * permissions; Parse refuses them to every caller without the master key in code (SharedRest).
 */
import { masterOnly, type ClassDefinition } from './kit'

export const systemDefinitions: ClassDefinition[] = [
  // Login identity only. Sign-in is WeChat (or demo login) through cloud functions; no client
  // writes a user, and triggers/users.ts refuses any write without the master key as well.
  { className: '_User', classLevelPermissions: masterOnly },
  // Role membership says who is staff or steward where: cloud code only.
  { className: '_Role', classLevelPermissions: masterOnly },
  // Sessions are made by cloud code (createSessionFor) and ended by POST /logout, which Parse
  // runs with the master key; nobody lists or edits them.
  { className: '_Session', classLevelPermissions: masterOnly },
  // The app sends no push through Parse (subscription messages go through WeChat): no installations.
  { className: '_Installation', classLevelPermissions: masterOnly },
  // In-app purchase receipts (Parse's iOS feature), unused.
  { className: '_Product', classLevelPermissions: masterOnly },
]
