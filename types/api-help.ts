/** Cloud functions of Stewards and help requests (issue #4); results merged into CloudResults (types/api.ts), params in types/contract. Domain types for it live here too. */
import type { Contact, PlaceRef } from './domain'

// ── Stewards ─────────────────────────────────────────────────────────────────────────────

/** A steward's own profile: what residents see on the home steward card. */
export interface StewardProfile {
  /** At most 200 characters. */
  intro: string | null
  /** e.g. 工作日 18:00-20:00 */
  dutyHours: string | null
  photoUrl: string | null
}

/** One assignment of a person to a building, current or ended. Phones are masked. */
export interface StewardAssignmentView extends Contact {
  assignmentId: string
  userId: string
  startedAt: string
  assignedByName: string | null
  endedAt: string | null
  endReason: string | null
  endedByName: string | null
  profile: StewardProfile
}

export interface BuildingStewards {
  building: PlaceRef & { compoundName: string; communityName: string }
  current: StewardAssignmentView[]
  /** Ended assignments, newest first. */
  history: StewardAssignmentView[]
}

// ── Help requests (求助) ──────────────────────────────────────────────────────────────────

export type HelpKind = '就医陪同' | '代买代办' | '维修' | '其他'
/** open: waiting for someone to accept (escalated or not); accepted; resolved; cancelled. */
export type HelpStatus = 'open' | 'accepted' | 'resolved' | 'cancelled'
/** reopened: whoever accepted stopped looking after the building, so it waits for someone again. */
export type HelpEventKind = 'submitted' | 'accepted' | 'reply' | 'escalated' | 'reopened' | 'resolved' | 'cancelled'
/** Who did a step: the resident, a family member for them, a steward, community staff, or the system (escalation). */
export type HelpActorRole = 'resident' | 'family' | 'steward' | 'communityStaff' | 'system'

export interface HelpInput {
  kind: HelpKind
  /** Optional, at most 500 characters. */
  text?: string
  urgent?: boolean
}

/** One step of a request's timeline. */
export interface HelpEvent {
  id: string
  kind: HelpEventKind
  at: string
  actorName: string
  actorRole: HelpActorRole
  text: string | null
}

export interface HelpRequestSummary {
  id: string
  kind: HelpKind
  text: string
  urgent: boolean
  status: HelpStatus
  /** Passed to community staff because nobody accepted in time. */
  escalated: boolean
  createdAt: string
  /** 银杏公寓1幢 */
  buildingName: string
  /** Helpers see who asked (name, room, masked phone); the resident's own list leaves them null. */
  requester: (Contact & { room: string | null }) | null
  /** Who accepted it (name and role), null while open. */
  acceptedBy: { name: string; role: HelpActorRole } | null
}

export interface HelpRequestDetail extends HelpRequestSummary {
  events: HelpEvent[]
  /** When an open request goes to community staff (ISO), null once it has. */
  escalatesAt: string | null
  /** What the caller may do now. */
  can: { accept: boolean; reply: boolean; resolve: boolean; cancel: boolean }
}

export interface HelpResults {
  /** Staff (community of the building, or street) see a building's stewards and their history. */
  buildingStewards: BuildingStewards
  /** Staff assign a verified resident of the same community (by phone) to look after a building. */
  assignSteward: { assignmentId: string }
  /** Staff end an assignment with a reason; it stays in the history. */
  endStewardAssignment: { endedAt: string }
  /** A steward's own profile and the buildings they look after now. */
  myStewardProfile: { profile: StewardProfile; buildings: PlaceRef[] }
  saveStewardProfile: { profile: StewardProfile }

  /** A resident with a home asks their building's stewards for help (a family member may for a senior). */
  requestHelp: { helpRequestId: string }
  myHelpRequests: { items: HelpRequestSummary[] }
  getHelpRequest: HelpRequestDetail
  cancelHelpRequest: { status: 'cancelled' }
  /** The requests of the buildings the caller looks after: open first, then theirs in progress, then recent. */
  stewardHelpInbox: { items: HelpRequestSummary[] }
  /** Community staff: escalated requests of their communities, open first. */
  escalatedHelpRequests: { items: HelpRequestSummary[] }
  /** One helper wins: a second accept gets a clear refusal. */
  acceptHelpRequest: { status: 'accepted' }
  replyHelpRequest: { eventId: string }
  resolveHelpRequest: { status: 'resolved' }
}
