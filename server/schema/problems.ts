/**
 * Residents' problems and the visit day (issue #7). Every class is master-only: a problem says who
 * reported it, so clients read problems only through cloud functions, which decide who sees what
 * (the reporter, the handler, the building's stewards, the community's and street's staff) and
 * never show the reporter to other residents.
 */
import { featureSchema, type ClassDefinition, type FeatureSchema } from './kit'
import { bool, date, masterOnly, num, ptr, str } from './kit'

export const problemsDefinitions: ClassDefinition[] = [
  {
    className: 'Problem',
    fields: {
      // The resident it is about: the reporter, or the visited resident when known (null: visited without an account).
      reporter: ptr('_User'),
      // Who typed it in on a visit (staff, steward or grid leader); null when the resident reported it.
      recordedBy: ptr('_User'),
      source: str(true),
      category: str(true),
      description: str(true),
      location: str(),
      photos: { type: 'Array' },
      showNameToHandler: bool(),
      street: ptr('Street', true),
      community: ptr('Community', true),
      grid: ptr('Grid'),
      microGrid: ptr('MicroGrid'),
      building: ptr('Building', true),
      handler: ptr('_User'),
      status: str(true),
      reportedAt: date(true),
      replyDueAt: date(true),
      solveDueAt: date(true),
      firstReplyAt: date(),
      solvedAt: date(),
      confirmedAt: date(),
      autoConfirmed: bool(),
      resolveNote: str(),
      resolvePhotos: { type: 'Array' },
      reopenCount: num(),
      // 0 none, 1 community staff told, 2 street staff told; streetEscalateAt says when 1 becomes 2.
      escalation: num(),
      escalatedAt: date(),
      streetEscalateAt: date(),
      rating: num(),
      comment: str(),
    },
    classLevelPermissions: masterOnly,
    sqlIndexes: { problem_reporter: '"reporter", "reportedAt"', problem_handler: '"handler", "reportedAt"', problem_building: '"building", "reportedAt"', problem_community: '"community", "reportedAt"', problem_street: '"street", "reportedAt"', problem_open_status: '"status", "solveDueAt"' },
  },
  {
    className: 'ProblemEvent',
    // The timeline of a problem: every step, who took it and what they wrote.
    fields: {
      problem: ptr('Problem', true),
      kind: str(true),
      actor: ptr('_User'),
      text: str(),
      photos: { type: 'Array' },
      at: date(true),
    },
    classLevelPermissions: masterOnly,
    sqlIndexes: { problem_event_problem: '"problem", "at"' },
  },
  {
    className: 'ProblemRule',
    // A street's solve deadline for a category (days); absent means DEFAULT_SOLVE_DAYS.
    fields: { street: ptr('Street', true), category: str(true), solveDays: num(true) },
    classLevelPermissions: masterOnly,
    sqlUnique: { problem_rule_unique: ['"street", "category"', 'true'] },
  },
  {
    className: 'VisitDayReminder',
    // One row per street and month once handlers were reminded: the reminder job's idempotency.
    fields: { street: ptr('Street', true), month: str(true), sent: num() },
    classLevelPermissions: masterOnly,
    sqlUnique: { visit_day_reminder_unique: ['"street", "month"', 'true'] },
  },
]

/** Classes written by people using the app (never by the seed): emptied by a reseed. */
export const problemsAppWritten: string[] = ['ProblemRule', 'VisitDayReminder']

/** The feature's whole part of the schema, for the feature list (server/cloud/features.ts). */
export const problemsSchema: FeatureSchema = featureSchema(problemsDefinitions, problemsAppWritten)
