import type { CloudParams } from '@contract/api'
import type { BuildingLayout, PlaceRef, RegistrationInput, RegistrationStatus, RegistrationSummary, RegistrationView } from '@contract/domain'
import type { ApiPort } from '@/adapters/ports'

export type CompoundRef = PlaceRef & { communityId: string }

export interface RegistrationFilters {
  status?: RegistrationStatus
  compoundId?: string
  /** YYYY-MM-DD in Asia/Shanghai, inclusive. */
  from?: string
  to?: string
}

export interface RegistrationPage {
  items: RegistrationSummary[]
  nextCursor: string | null
}

/** Registration (新居民登记 / 住户认证): choosing a home, submitting, and staff review. */
export interface RegistrationRepository {
  communities(): Promise<PlaceRef[]>
  /** A community's compounds, those whose name contains q when given. */
  compounds(communityId: string, q?: string): Promise<CompoundRef[]>
  buildings(compoundId: string): Promise<BuildingLayout[]>
  /** The phone behind a getPhoneNumber button's one-time code. */
  wechatPhone(code: string): Promise<string>
  submit(input: RegistrationInput): Promise<string>
  mine(): Promise<RegistrationView | null>
  /** The staff queue: summaries, phones masked. */
  list(filters: RegistrationFilters, cursor: string | null): Promise<RegistrationPage>
  /** One registration in full, for staff; the server logs every opening. */
  open(registrationId: string): Promise<RegistrationView>
  /** The resident profile an approved registration made, in full; the server logs every opening. */
  profile(residentId: string): Promise<RegistrationView>
  review(registrationId: string, approve: boolean, reason?: string): Promise<RegistrationStatus>
  registerOnBehalf(input: RegistrationInput): Promise<string>
}

export function registrationRepository(api: ApiPort): RegistrationRepository {
  return {
    communities: async () => (await api.call('placeOptions', {})).communities,
    compounds: async (communityId, q) => (await api.call('placeOptions', q ? { communityId, q } : { communityId })).compounds,
    buildings: async (compoundId) => (await api.call('placeOptions', { compoundId })).buildings,
    wechatPhone: async (code) => (await api.call('wechatPhoneNumber', { code })).phone,
    submit: async (input) => (await api.call('submitResidentRegistration', input)).registrationId,
    mine: async () => (await api.call('myRegistration', {})).registration,
    list: (filters, cursor) => {
      const params: CloudParams<'listRegistrations'> = { ...filters, limit: 20 }
      if (cursor) params.cursor = cursor
      return api.call('listRegistrations', params)
    },
    open: async (registrationId) => (await api.call('openRegistration', { registrationId })).registration,
    profile: async (residentId) => (await api.call('viewResidentProfile', { residentId })).profile,
    review: async (registrationId, approve, reason) =>
      (await api.call('reviewResidentRegistration', reason === undefined ? { registrationId, approve } : { registrationId, approve, reason })).status,
    registerOnBehalf: async (input) => (await api.call('registerOnBehalf', { ...input, consent: true })).registrationId,
  }
}
