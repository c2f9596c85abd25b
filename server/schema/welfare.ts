/** Classes of Rainbow Bridge welfare projects (issue #6); spread into definitions (definitions.ts) and indexes (indexes.ts). */
import { bool, date, masterOnly, num, ptr, str, type ClassDefinition, type FeatureSchema, featureSchema } from './kit'

const array = { type: 'Array' } as const

// Every class is master-only: drafts belong to their author alone, submitted applications to the
// author and their reviewers, and even what is public (funded projects) is served by cloud
// functions that leave out personal details. Clients cannot read or write any of them over REST.
export const welfareDefinitions: ClassDefinition[] = [
  {
    className: 'WelfareProgramme',
    // A call for projects. Money in integer fen; approvedFen only grows by one conditional UPDATE
    // (approvedFen + amount <= budgetFen), so approvals never together exceed the budget.
    fields: {
      street: ptr('Street', true),
      name: str(true),
      budgetFen: num(true),
      capFen: num(true),
      approvedFen: num(true),
      // Calendar days in the street (YYYY-MM-DD), both inclusive.
      opensOn: str(true),
      closesOn: str(true),
      categories: array,
      // [{key, name, weight}], weights adding up to 100.
      criteria: array,
      createdBy: ptr('_User'),
    },
    classLevelPermissions: masterOnly,
    sqlIndexes: { welfare_programme_street: '"street", "opensOn"' },
  },
  {
    className: 'WelfareApplication',
    // An application from draft to completion. The applicant's own name is never copied here: it is
    // read from their profile when shown, so erasing the profile removes it everywhere.
    fields: {
      programme: ptr('WelfareProgramme', true),
      street: ptr('Street', true),
      applicant: ptr('_User'),
      status: str(true),
      applicantKind: str(),
      orgName: str(),
      orgRegNo: str(),
      showFullName: bool(),
      projectName: str(),
      category: str(),
      beneficiaries: str(),
      beneficiaryCount: num(),
      // Community ids (strings) served; first review is by their staff.
      communityIds: array,
      startDate: str(),
      endDate: str(),
      // [{name, amountFen}]; totalFen is their sum.
      items: array,
      totalFen: num(),
      description: str(),
      outcomes: str(),
      attachments: array,
      approvedFen: num(),
      submittedAt: date(),
      approvedAt: date(),
      completedAt: date(),
    },
    classLevelPermissions: masterOnly,
    sqlIndexes: { welfare_application_applicant: '"applicant", "updatedAt"', welfare_application_programme: '"programme", "status"' },
  },
  {
    className: 'WelfareEvent',
    // The applicant's timeline: every submission, review, decision and progress step.
    fields: {
      application: ptr('WelfareApplication', true),
      kind: str(true),
      actor: ptr('_User'),
      actorRole: str(true),
      comment: str(),
      scores: { type: 'Object' },
      score: num(),
      amountFen: num(),
      at: date(true),
    },
    classLevelPermissions: masterOnly,
    sqlIndexes: { welfare_event_application: '"application", "at"' },
  },
  {
    className: 'WelfareProgress',
    // Progress updates and the final report of a funded project (public through getFundedProject).
    fields: {
      application: ptr('WelfareApplication', true),
      author: ptr('_User'),
      kind: str(true),
      text: str(true),
      photos: array,
      at: date(true),
    },
    classLevelPermissions: masterOnly,
    sqlIndexes: { welfare_progress_application: '"application", "at"' },
    sqlUnique: {
      // One final report per project, however many taps race.
      welfare_progress_one_report: ['"application"', `"kind" = 'report'`],
    },
  },
]

/** Classes written by people using the app (never by the seed): emptied by a reseed. All four are seeded (history), so none. */
export const welfareAppWritten: string[] = []

/** The feature's whole part of the schema, for the feature list (server/cloud/features.ts). */
export const welfareSchema: FeatureSchema = featureSchema(welfareDefinitions, welfareAppWritten)
