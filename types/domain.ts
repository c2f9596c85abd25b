/** Domain types shared by the mini-program and the server. Plain data only: ids and ISO strings. */

/** Parse role names. "New resident" and "senior" are attributes of a resident, not roles. */
export type RoleName = 'resident' | 'steward' | 'gridLeader' | 'communityStaff' | 'streetStaff'

export const ROLE_NAMES: readonly RoleName[] = [
  'resident',
  'steward',
  'gridLeader',
  'communityStaff',
  'streetStaff',
]

export interface PlaceRef {
  id: string
  name: string
}

/** A person another resident may see: a name and a masked phone, never the full number. */
export interface Contact {
  name: string
  maskedPhone: string
}

export interface MicroGridInfo extends PlaceRef {
  gridName: string
  leader: Contact | null
}

/** What the home screen shows a resident about where they live. */
export interface HomeInfo {
  street: PlaceRef
  community: PlaceRef & { servicePhone: string | null; address: string | null }
  compound: PlaceRef
  building: PlaceRef & { room: string | null }
  steward: (Contact & { buildingId: string }) | null
  microGrid: MicroGridInfo | null
}

/** The signed-in person as the client sees themselves. */
export interface Me {
  userId: string
  displayName: string
  maskedPhone: string | null
  roles: RoleName[]
  hasHome: boolean
  isSenior: boolean
  isNewResident: boolean
}
