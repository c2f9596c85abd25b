/**
 * The schema in code. Parse Server applies it at boot with lockSchemas and strict on,
 * so clients can neither add fields nor classes, and these class-level permissions hold.
 *
 * Every class is master-only except NoticeSignal (signed-in users may subscribe to it over
 * LiveQuery): clients read and write through cloud functions, which scope every row and log
 * every opening of a person's full profile (ProfileAccess). Personal details live in Resident,
 * Registration, FamilyLink, Act, ProfileAccess and the feature classes; places hold nothing
 * personal but are read through functions too. One table says why for each class:
 * decisions.ts (docs/security.md), and a test holds the live schema to it.
 */

import { FEATURES } from '../cloud/features'
import { systemDefinitions } from './system'

import { bool, date, masterOnly, num, ptr, str, parseDefinition, type ClassDefinition } from './kit'

export type { ClassDefinition } from './kit'

/** Every class as Parse is given it (SQL-only index parts left out: indexes.ts makes those). */
export const definitions: ClassDefinition[] = (<ClassDefinition[]>[
  ...systemDefinitions,
  {
    className: 'Street',
    fields: { name: str(true), code: str(true), city: str(), servicePhone: str(), address: str() },
    classLevelPermissions: masterOnly,
  },
  {
    className: 'Community',
    fields: {
      name: str(true),
      code: str(true),
      street: ptr('Street', true),
      address: str(),
      servicePhone: str(),
      officeHours: str(),
      isPilot: bool(),
      location: { type: 'GeoPoint' },
    },
    classLevelPermissions: masterOnly,
  },
  {
    className: 'Compound',
    fields: { name: str(true), community: ptr('Community', true), street: ptr('Street', true), address: str() },
    classLevelPermissions: masterOnly,
  },
  {
    className: 'Grid',
    fields: { name: str(true), community: ptr('Community', true) },
    classLevelPermissions: masterOnly,
  },
  {
    className: 'MicroGrid',
    fields: {
      name: str(true),
      grid: ptr('Grid', true),
      community: ptr('Community', true),
      // The leader's user; their name and phone live in their Resident profile, served masked.
      leader: ptr('_User'),
      // Larger micro-grids have deputy leaders (the street counts 3,274 leaders for 2,489 micro-grids).
      deputies: { type: 'Array' },
    },
    classLevelPermissions: masterOnly,
  },
  {
    className: 'Building',
    fields: {
      name: str(true),
      compound: ptr('Compound', true),
      community: ptr('Community', true),
      street: ptr('Street', true),
      microGrid: ptr('MicroGrid'),
      units: num(),
      // Rooms are `${unit}单元${floor}${door:02}` (src/domain/registration.ts): the layout says which exist.
      floors: num(),
      doorsPerFloor: num(),
      households: num(),
    },
    classLevelPermissions: masterOnly,
  },
  {
    className: 'Resident',
    fields: {
      user: ptr('_User'),
      name: str(true),
      phone: str(),
      street: ptr('Street'),
      community: ptr('Community'),
      compound: ptr('Compound'),
      building: ptr('Building'),
      room: str(),
      birthYear: num(),
      moveInDate: str(),
      isNewResident: bool(),
      verified: bool(),
      // Province a new resident came from (optional, for the street's newcomer services).
      origin: str(),
      workplace: str(),
      // The others living there, by relation only ({relation}[]): no names, no ID numbers.
      household: { type: 'Array' },
    },
    // Rows keep their ACLs (the resident, the building's stewards, the community's and street's
    // staff) as a record of who may see them, but clients read profiles only through functions.
    classLevelPermissions: masterOnly,
  },
  {
    className: 'StewardAssignment',
    // Which user looks after which building, with history (endedAt set when handed over).
    fields: {
      steward: ptr('_User', true),
      building: ptr('Building', true),
      community: ptr('Community', true),
      startedAt: { type: 'Date', required: true },
      endedAt: { type: 'Date' },
      // Who assigned and who ended it, and why (help feature: server/cloud/help/stewards.ts).
      assignedBy: ptr('_User'),
      endedBy: ptr('_User'),
      endReason: str(),
    },
    classLevelPermissions: masterOnly,
  },
  {
    className: 'Registration',
    // A resident's registration (新居民登记 / 住户认证) and its review, kept as history: a
    // resubmission after rejection is a new row. Personal fields are not required, so deleting
    // one's data can erase them and keep the row. Rows carry ACLs (registrant, the community's
    // and the street's staff), but clients read them only through cloud functions.
    fields: {
      user: ptr('_User'),
      resident: ptr('Resident'),
      name: str(),
      phone: str(),
      street: ptr('Street', true),
      community: ptr('Community', true),
      compound: ptr('Compound'),
      building: ptr('Building'),
      room: str(),
      moveInDate: str(),
      birthYear: num(),
      household: { type: 'Array' },
      origin: str(),
      workplace: str(),
      consentAt: date(),
      status: str(true),
      reason: str(),
      reviewer: ptr('_User'),
      reviewedAt: date(),
      isNewResident: bool(),
      // self | staff | family, and who actually entered it (the resident, a staff member, a family member).
      submittedBy: str(true),
      actor: ptr('_User'),
    },
    classLevelPermissions: masterOnly,
  },
  {
    className: 'GuideItem',
    // The newcomer guide of a community: data that its staff edit, not text in the code.
    fields: { community: ptr('Community', true), title: str(true), body: str(true), order: num(true) },
    classLevelPermissions: masterOnly,
  },
  {
    className: 'GuideTick',
    fields: { user: ptr('_User', true), item: ptr('GuideItem', true) },
    classLevelPermissions: masterOnly,
  },
  {
    className: 'FamilyLink',
    // A family member acting for a senior, once the senior confirms (FamilyLinkStatus). A request is
    // addressed to a phone: phoneKey is a keyed hash of it (so it can reach whoever verifies that
    // phone later, without keeping a stranger's number) and phoneMasked what the asker may see of it.
    // senior is set when a verified resident had the phone at the time, or when someone answers.
    // Rows are never deleted (endedAt/endedBy say who closed it); erasure empties the person's side.
    fields: {
      senior: ptr('_User'),
      family: ptr('_User'),
      status: str(true),
      phoneKey: str(),
      phoneMasked: str(),
      answeredAt: date(),
      endedAt: date(),
      endedBy: ptr('_User'),
    },
    classLevelPermissions: masterOnly,
  },
  {
    className: 'Act',
    // Every act a family member does for a senior, so the senior sees who did what.
    fields: { actor: ptr('_User'), subject: ptr('_User'), action: str(true), at: date(true) },
    classLevelPermissions: masterOnly,
  },
  {
    className: 'ProfileAccess',
    // Every opening of a resident's full profile or registration by staff or a steward, for the
    // person to see. `resident` is the profile, `subject` the login (a newcomer waiting for review
    // has no profile yet), `registration` the registration opened; viewerRole is an app role
    // (checked by triggers/profile-access.ts).
    fields: {
      resident: ptr('Resident'),
      subject: ptr('_User'),
      registration: ptr('Registration'),
      viewer: ptr('_User'),
      viewerRole: str(true),
      at: date(true),
    },
    classLevelPermissions: masterOnly,
  },
  // Each feature's own classes, in the order of the feature list.
  ...FEATURES.flatMap((f) => f.schema?.classes ?? []),
]).map(parseDefinition)

export const SCHEMA_CLASSES = definitions.map((d) => d.className)
