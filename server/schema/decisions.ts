/**
 * Who may read and write each class straight over Parse's API, and why: one decision per class,
 * Parse's own classes included. test/integration/routes.test.ts lists the live schema with the
 * master key and fails for a class nobody decided about or whose permissions differ from its
 * decision; test/unit/server/decisions.test.ts holds schema/definitions.ts to the same table.
 * The reasoning in prose, and the test behind each line: docs/security.md.
 *
 * The route allow-list (server/http/routes.ts) already keeps clients off /classes; these
 * class-level permissions are the second lock, for the day a route is opened by mistake.
 */
import { masterOnly, type ClassDefinition } from './kit'

/**
 * master: only cloud code (the master key) reads or writes; clients go through functions.
 * liveQuery: signed-in users may `find` (what a LiveQuery subscription checks); nothing else.
 */
export type ClassAccess = 'master' | 'liveQuery'

export interface ClassDecision {
  access: ClassAccess
  /** Holds personal data (names, phones, addresses, ages, family ties, what someone asked for). */
  personal: boolean
  /** Parse's volatile classes are not in the stored schema; Parse refuses them without the master key in code. */
  stored: boolean
  why: string
}

const master = (personal: boolean, why: string): ClassDecision => ({ access: 'master', personal, stored: true, why })
const volatile = (why: string): ClassDecision => ({ access: 'master', personal: false, stored: false, why })

export const CLASS_DECISIONS: Record<string, ClassDecision> = {
  // Parse's own classes.
  _User: master(true, 'Login identity (WeChat openid in authData). Sign-in is WeChat or demo login through functions; no client writes a user (triggers/users.ts).'),
  _Role: master(false, 'Role membership says who is staff or steward where; only cloud code assigns it.'),
  _Session: master(false, 'Made by cloud code, ended by POST /logout (Parse deletes it with the master key); a session list would be a token list.'),
  _Installation: master(false, 'The app sends no push through Parse; anonymous installations were a free write.'),
  _Product: master(false, 'Parse’s in-app purchase receipts; unused.'),
  _PushStatus: volatile('Push is unused; master-only in Parse’s code.'),
  _JobStatus: volatile('Timed jobs run inside the server (cloud/jobs.ts); master-only in Parse’s code.'),
  _JobSchedule: volatile('Unused; master-only in Parse’s code.'),
  _Hooks: volatile('Web hooks are unused; master-only in Parse’s code.'),
  _GlobalConfig: volatile('Parse Config is unused; master-only in Parse’s code.'),
  _GraphQLConfig: volatile('GraphQL is not mounted; master-only in Parse’s code.'),
  _Audience: volatile('Push audiences are unused; master-only in Parse’s code.'),
  _Idempotency: volatile('Idempotency is off; master-only in Parse’s code.'),
  // Places: public facts, but read through functions that scope them (myHome, registration places).
  Street: master(false, 'Read through functions; nothing a client needs raw.'),
  Community: master(false, 'Read through functions; nothing a client needs raw.'),
  Compound: master(false, 'Read through functions; nothing a client needs raw.'),
  Grid: master(false, 'Read through functions; nothing a client needs raw.'),
  MicroGrid: master(true, 'Names its leader and deputies (users); their contact is served masked by functions.'),
  Building: master(false, 'Read through functions; nothing a client needs raw.'),
  // People.
  Resident: master(true, 'Name, phone, room, birth year, household: only through functions that mask lists and log every full opening (ProfileAccess).'),
  Registration: master(true, 'A registration holds the same personal fields as a profile; opened by staff only through logged functions.'),
  StewardAssignment: master(false, 'Who looks after which building; served by functions.'),
  FamilyLink: master(true, 'Family ties; the requester sees only what they typed until the senior confirms.'),
  Act: master(true, 'What a family member did for a senior; the senior reads it through a function.'),
  ProfileAccess: master(true, 'The access log; the person reads who opened their data through a function.'),
  GuideItem: master(false, 'Edited by staff through functions.'),
  GuideTick: master(true, 'Which newcomer ticked which guide item.'),
  // Notices.
  Notice: master(false, 'Scoped to a building, community or street by functions; drafts and hidden notices must not leak.'),
  NoticeRead: master(true, 'Who read which notice, with their room.'),
  NoticeSignal: { access: 'liveQuery', personal: false, stored: true, why: 'Scope and target only, no content: signed-in apps subscribe over LiveQuery and reload their feed; the afterLiveQueryEvent trigger sends each only to readers it concerns.' },
  Upload: master(true, 'Who uploaded which photo or PDF; files themselves are served by the file router with its own checks.'),
  // Help, messages, activities, welfare, problems: each row names a person and what they asked for or did.
  StewardProfile: master(true, 'A steward’s intro, duty hours and photo, served by functions.'),
  HelpRequest: master(true, 'What a resident asked for, from their home.'),
  HelpEvent: master(true, 'The history of a help request, with who acted.'),
  Message: master(true, 'A person’s in-app messages.'),
  Subscription: master(true, 'Which subscription messages a person accepted.'),
  OutboxMessage: master(true, 'Subscription messages waiting for WeChat, with their data.'),
  Campaign: master(false, 'Read through functions.'),
  Activity: master(false, 'Read through functions, which scope activities to communities.'),
  ActivitySignup: master(true, 'Who signed up for what, and their attendance.'),
  TimeBankEntry: master(true, 'A person’s volunteer hours (an append-only ledger).'),
  VolunteerPrefs: master(true, 'Whether a person appears on the leaderboard.'),
  WelfareProgramme: master(false, 'Read through functions; budgets are changed by one conditional statement.'),
  WelfareApplication: master(true, 'Applicant, organisation, beneficiaries, attachments.'),
  WelfareEvent: master(true, 'Reviews and scores, with who gave them.'),
  WelfareProgress: master(true, 'Progress reports with photos.'),
  Problem: master(true, 'Reporter, location, photos; the reporter chooses whether the handler sees their name.'),
  ProblemEvent: master(true, 'The history of a problem, with who acted.'),
  ProblemRule: master(false, 'Deadlines per category, edited by staff through functions.'),
  VisitDayReminder: master(false, 'Which monthly reminders were sent.'),
}

const SIGNED_IN = { requiresAuthentication: true }

/** The class-level permissions a decision stands for, as schema/definitions.ts writes them. */
export function permissionsOf(access: ClassAccess): ClassDefinition['classLevelPermissions'] {
  return access === 'liveQuery' ? { ...masterOnly, find: SIGNED_IN } : masterOnly
}
