import type { BuildingStewards, HelpInput, HelpRequestDetail, HelpRequestSummary, StewardProfile } from '@contract/api-help'
import type { BuildingLayout, PlaceRef } from '@contract/domain'
import type { ApiPort } from '@/adapters/ports'

/** Help requests and stewards, as the app reaches them (cloud functions only). */
export interface HelpRepository {
  request(input: HelpInput, forUserId?: string): Promise<string>
  mine(forUserId?: string): Promise<HelpRequestSummary[]>
  get(id: string, forUserId?: string): Promise<HelpRequestDetail>
  cancel(id: string, forUserId?: string): Promise<void>
  inbox(): Promise<HelpRequestSummary[]>
  escalated(): Promise<HelpRequestSummary[]>
  accept(id: string): Promise<void>
  reply(id: string, text: string, forUserId?: string): Promise<void>
  resolve(id: string, note: string): Promise<void>
  buildingStewards(buildingId: string): Promise<BuildingStewards>
  assign(buildingId: string, phone: string): Promise<void>
  endAssignment(assignmentId: string, reason: string): Promise<void>
  myProfile(): Promise<{ profile: StewardProfile; buildings: PlaceRef[] }>
  saveProfile(input: { intro: string; dutyHours: string; photoId?: string | null }): Promise<StewardProfile>
  communities(): Promise<PlaceRef[]>
  compounds(communityId: string, q: string): Promise<PlaceRef[]>
  buildings(compoundId: string): Promise<BuildingLayout[]>
}

export function helpRepository(api: ApiPort): HelpRepository {
  const senior = (forUserId?: string) => (forUserId ? { forUserId } : {})
  return {
    request: async (input, forUserId) => (await api.call('requestHelp', { ...input, ...senior(forUserId) })).helpRequestId,
    mine: async (forUserId) => (await api.call('myHelpRequests', senior(forUserId))).items,
    get: (helpRequestId, forUserId) => api.call('getHelpRequest', { helpRequestId, ...senior(forUserId) }),
    cancel: async (helpRequestId, forUserId) => void (await api.call('cancelHelpRequest', { helpRequestId, ...senior(forUserId) })),
    inbox: async () => (await api.call('stewardHelpInbox', {})).items,
    escalated: async () => (await api.call('escalatedHelpRequests', {})).items,
    accept: async (helpRequestId) => void (await api.call('acceptHelpRequest', { helpRequestId })),
    reply: async (helpRequestId, text, forUserId) => void (await api.call('replyHelpRequest', { helpRequestId, text, ...senior(forUserId) })),
    resolve: async (helpRequestId, note) => void (await api.call('resolveHelpRequest', { helpRequestId, note })),
    buildingStewards: (buildingId) => api.call('buildingStewards', { buildingId }),
    assign: async (buildingId, phone) => void (await api.call('assignSteward', { buildingId, phone })),
    endAssignment: async (assignmentId, reason) => void (await api.call('endStewardAssignment', { assignmentId, reason })),
    myProfile: () => api.call('myStewardProfile', {}),
    saveProfile: async (input) => (await api.call('saveStewardProfile', input)).profile,
    communities: async () => (await api.call('placeOptions', {})).communities,
    compounds: async (communityId, q) => (await api.call('placeOptions', q.trim() ? { communityId, q: q.trim() } : { communityId })).compounds,
    buildings: async (compoundId) => (await api.call('placeOptions', { compoundId })).buildings,
  }
}
