import type { ActRecord, FamilyLinkStatus, FamilyLinkView, HomeInfo } from '@contract/domain'
import type { ApiPort } from '@/adapters/ports'

export type SeniorContactKind = 'steward' | 'gridLeader'

/** Family members linked to a senior (with the senior's confirmation), and acting for them. */
export interface FamilyRepository {
  request(seniorPhone: string): Promise<string>
  answer(linkId: string, accept: boolean): Promise<FamilyLinkStatus>
  remove(linkId: string): Promise<void>
  links(): Promise<{ seniors: FamilyLinkView[]; family: FamilyLinkView[] }>
  actsForMe(): Promise<ActRecord[]>
  /** The senior's home, read as their family member (the server records the act). */
  seniorHome(seniorUserId: string): Promise<HomeInfo>
  /** A number to dial for the senior; handed to the dialler, never shown. */
  seniorContactPhone(seniorUserId: string, kind: SeniorContactKind): Promise<string>
}

export function familyRepository(api: ApiPort): FamilyRepository {
  return {
    request: async (seniorPhone) => (await api.call('requestFamilyLink', { seniorPhone })).linkId,
    answer: async (linkId, accept) => (await api.call('answerFamilyLink', { linkId, accept })).status,
    remove: async (linkId) => {
      await api.call('removeFamilyLink', { linkId })
    },
    links: () => api.call('myFamilyLinks', {}),
    actsForMe: async () => (await api.call('actsForMe', {})).items,
    seniorHome: (forUserId) => api.call('myHome', { forUserId }),
    seniorContactPhone: async (forUserId, kind) => (await api.call('callContact', { kind, forUserId })).phone,
  }
}
