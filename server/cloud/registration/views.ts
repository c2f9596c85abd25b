/** Registrations as their resident and the reviewing staff see them (RegistrationView), and in the staff queue (RegistrationSummary). */
import { maskPhone } from '@/domain/phone'
import type { HouseholdMember, PlaceRef, RegistrationStatus, RegistrationSummary, RegistrationView } from '@contract/domain'
import { arrayOf, flagOf, isoOf, numberOf, refIdOf, refOf, textOf } from '../fields'
import { idOf } from '../ids'
import { namesOfUsers } from '../queries/people'

/** What a query for registrations must include to build their views. */
export const REGISTRATION_INCLUDES = ['community', 'compound', 'building']

const STATUSES: readonly RegistrationStatus[] = ['pending', 'approved', 'rejected']
const SUBMITTERS: ReadonlyArray<RegistrationView['submittedBy']> = ['self', 'staff', 'family']

/** A place as a reference; an erased one (deleteMyData clears the building) is empty. */
export function placeRef(o: Parse.Object | undefined): PlaceRef {
  return o ? { id: idOf(o), name: textOf(o, 'name') ?? '' } : { id: '', name: '' }
}

export function householdOf(o: Parse.Object): HouseholdMember[] {
  return arrayOf(o, 'household').flatMap((m) =>
    m && typeof m === 'object' && typeof (m as HouseholdMember).relation === 'string' ? [{ relation: (m as HouseholdMember).relation }] : [],
  )
}

function statusOf(o: Parse.Object): RegistrationStatus {
  const s = textOf(o, 'status')
  return STATUSES.find((x) => x === s) ?? 'pending'
}

function submittedByOf(o: Parse.Object): RegistrationView['submittedBy'] {
  const s = textOf(o, 'submittedBy')
  return SUBMITTERS.find((x) => x === s) ?? 'self'
}

/**
 * The person's own details as a view shows them. A Registration row and a Resident profile
 * keep them under the same field names, so registrations and profiles share this.
 */
export function personFields(o: Parse.Object): Pick<
  RegistrationView,
  'name' | 'phone' | 'community' | 'compound' | 'building' | 'room' | 'moveInDate' | 'birthYear' | 'household' | 'origin' | 'workplace'
> {
  return {
    name: textOf(o, 'name') ?? '',
    phone: textOf(o, 'phone') ?? '',
    community: placeRef(refOf(o, 'community')),
    compound: placeRef(refOf(o, 'compound')),
    building: placeRef(refOf(o, 'building')),
    room: textOf(o, 'room') ?? '',
    moveInDate: textOf(o, 'moveInDate') ?? '',
    birthYear: numberOf(o, 'birthYear'),
    household: householdOf(o),
    origin: textOf(o, 'origin'),
    workplace: textOf(o, 'workplace'),
  }
}

/** One view; names holds the display names of the reviewer and of whoever entered it. */
export function registrationView(o: Parse.Object, names: Map<string, string>): RegistrationView {
  const submittedBy = submittedByOf(o)
  const reviewerId = refIdOf(o, 'reviewer')
  const actorId = refIdOf(o, 'actor')
  return {
    id: idOf(o),
    status: statusOf(o),
    ...personFields(o),
    submittedAt: isoOf(o, 'createdAt') ?? '',
    reviewedAt: isoOf(o, 'reviewedAt'),
    reason: textOf(o, 'reason'),
    reviewerName: reviewerId ? names.get(reviewerId) ?? null : null,
    submittedBy,
    // Who entered it for the resident; nobody when they did it themselves.
    submittedByName: submittedBy !== 'self' && actorId ? names.get(actorId) ?? null : null,
    isNewResident: flagOf(o, 'isNewResident'),
    residentId: refIdOf(o, 'resident'),
  }
}

/** A queue row: who and where, the phone masked; household, origin and workplace stay out (PIPL minimum). */
export function registrationSummary(o: Parse.Object): RegistrationSummary {
  return {
    id: idOf(o),
    status: statusOf(o),
    name: textOf(o, 'name') ?? '',
    maskedPhone: maskPhone(textOf(o, 'phone')),
    community: placeRef(refOf(o, 'community')),
    compound: placeRef(refOf(o, 'compound')),
    building: placeRef(refOf(o, 'building')),
    room: textOf(o, 'room') ?? '',
    moveInDate: textOf(o, 'moveInDate') ?? '',
    submittedAt: isoOf(o, 'createdAt') ?? '',
    submittedBy: submittedByOf(o),
    isNewResident: flagOf(o, 'isNewResident'),
  }
}

/** Views of several registrations, with the names they mention looked up at once. */
export async function registrationViews(rows: Parse.Object[]): Promise<RegistrationView[]> {
  const names = await namesOfUsers(rows.flatMap((r) => [refIdOf(r, 'reviewer'), refIdOf(r, 'actor')]))
  return rows.map((r) => registrationView(r, names))
}
