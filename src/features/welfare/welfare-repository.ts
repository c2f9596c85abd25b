import type { CloudParams } from '@contract/api'
import type {
  FundedProject,
  FundedProjectView,
  WelfareApplicationFields,
  WelfareApplicationSummary,
  WelfareApplicationView,
  WelfareProgramme,
  WelfareProgrammeInput,
  WelfareStatus,
} from '@contract/api-welfare'
import type { PlaceRef, UploadRef } from '@contract/domain'
import type { ApiPort, PickedFile } from '@/adapters/ports'
import { uploadPicked } from '@/features/shared/uploads'

export type ReviewInput = Omit<CloudParams<'reviewWelfareApplication'>, 'applicationId'>

/** Rainbow Bridge: programmes, the caller's applications, reviews and funded projects. */
export interface WelfareRepository {
  programmes(): Promise<WelfareProgramme[]>
  saveProgramme(input: WelfareProgrammeInput): Promise<string>
  programme(programmeId: string): Promise<{ programme: WelfareProgramme; byStatus: Partial<Record<WelfareStatus, number>> }>
  funded(programmeId: string): Promise<{ items: FundedProject[]; budgetFen: number; approvedFen: number }>
  fundedProject(applicationId: string): Promise<FundedProjectView>
  /** The street's communities, to choose the ones a project serves. */
  communities(): Promise<PlaceRef[]>
  /** The caller's own community, the form's default; null without a home. */
  homeCommunityId(): Promise<string | null>
  save(programmeId: string, applicationId: string | null, fields: WelfareApplicationFields): Promise<string>
  submit(applicationId: string): Promise<void>
  withdraw(applicationId: string): Promise<void>
  mine(): Promise<WelfareApplicationSummary[]>
  get(applicationId: string): Promise<WelfareApplicationView>
  reviews(status?: WelfareStatus): Promise<WelfareApplicationSummary[]>
  review(applicationId: string, input: ReviewInput): Promise<WelfareStatus>
  postProgress(applicationId: string, text: string, photoIds: string[], final: boolean): Promise<void>
  complete(applicationId: string): Promise<void>
  upload(file: PickedFile, purpose: 'welfare' | 'welfareProgress'): Promise<UploadRef>
}

export function welfareRepository(api: ApiPort): WelfareRepository {
  return {
    programmes: async () => (await api.call('listWelfareProgrammes', {})).items,
    saveProgramme: async (input) => (await api.call('saveWelfareProgramme', input)).programmeId,
    programme: (programmeId) => api.call('getWelfareProgramme', { programmeId }),
    funded: (programmeId) => api.call('listFundedProjects', { programmeId }),
    fundedProject: async (applicationId) => (await api.call('getFundedProject', { applicationId })).project,
    communities: async () => (await api.call('placeOptions', {})).communities,
    homeCommunityId: async () => {
      try {
        return (await api.call('myHome', {})).community.id
      } catch {
        return null
      }
    },
    save: async (programmeId, applicationId, fields) =>
      (await api.call('saveWelfareApplication', { ...fields, programmeId, ...(applicationId ? { applicationId } : {}) })).applicationId,
    submit: async (applicationId) => void (await api.call('submitWelfareApplication', { applicationId })),
    withdraw: async (applicationId) => void (await api.call('withdrawWelfareApplication', { applicationId })),
    mine: async () => (await api.call('myWelfareApplications', {})).items,
    get: async (applicationId) => (await api.call('getWelfareApplication', { applicationId })).application,
    reviews: async (status) => (await api.call('listWelfareReviews', status ? { status } : {})).items,
    review: async (applicationId, input) => (await api.call('reviewWelfareApplication', { ...input, applicationId })).status,
    postProgress: async (applicationId, text, photoIds, final) =>
      void (await api.call('postWelfareProgress', { applicationId, text, ...(photoIds.length ? { photoIds } : {}), ...(final ? { final } : {}) })),
    complete: async (applicationId) => void (await api.call('completeWelfareProject', { applicationId })),
    upload: (file, purpose) => uploadPicked(api, file, purpose),
  }
}
