import { computed, makeObservable } from 'mobx'
import type { ProfileAccessRecord } from '@contract/domain'
import { Resource } from '@/stores/resource'
import type { PrivacyRepository } from '../privacy-repository'

/** 谁查看过我的资料: every time staff or a steward opened my full profile. */
export class AccessLogStore extends Resource<ProfileAccessRecord[]> {
  constructor(repo: PrivacyRepository) {
    super(() => repo.accessLog(), '记录加载失败，请下拉刷新重试。')
    makeObservable(this, { items: computed, newestFirst: computed })
  }

  get items(): ProfileAccessRecord[] {
    return this.value ?? []
  }

  /** Newest first, whatever order the server sends. */
  get newestFirst(): ProfileAccessRecord[] {
    return [...this.items].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
  }
}
