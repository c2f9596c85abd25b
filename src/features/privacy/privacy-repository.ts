import type { MyDataExport, ProfileAccessRecord } from '@contract/domain'
import type { ApiPort } from '@/adapters/ports'

/** 我的数据 (PIPL): everything held about me, deleting my account, and who opened my profile. */
export interface PrivacyRepository {
  exportMyData(): Promise<MyDataExport>
  deleteMyData(): Promise<void>
  accessLog(): Promise<ProfileAccessRecord[]>
}

export function privacyRepository(api: ApiPort): PrivacyRepository {
  return {
    exportMyData: () => api.call('exportMyData', {}),
    deleteMyData: async () => {
      await api.call('deleteMyData', { confirm: true })
    },
    accessLog: async () => (await api.call('myProfileAccessLog', {})).items,
  }
}
