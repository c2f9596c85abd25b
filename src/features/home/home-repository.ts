import type { HomeInfo } from '@contract/domain'
import type { ApiPort } from '@/adapters/ports'

export type ContactKind = 'steward' | 'gridLeader'

/** The resident's home and the people who look after it. */
export interface HomeRepository {
  myHome(): Promise<HomeInfo>
  /** The number to dial; handed to the phone's dialler, never shown. */
  contactPhone(kind: ContactKind): Promise<string>
}

export function homeRepository(api: ApiPort): HomeRepository {
  return {
    myHome: () => api.call('myHome', {}),
    contactPhone: async (kind) => (await api.call('callContact', { kind })).phone,
  }
}
