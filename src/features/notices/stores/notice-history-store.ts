import { makeAutoObservable } from 'mobx'
import type { NoticeListItem } from '@contract/domain'
import type { NoticesRepository, PublishedNotice } from '../notices-repository'
import { PagedList } from '@/stores/paged-list'

/** 历史公告: every notice in the person's scopes, expired ones too, searchable by words. */
export class NoticeHistoryStore {
  query = ''
  readonly list: PagedList<NoticeListItem>

  constructor(repo: NoticesRepository) {
    this.list = new PagedList((cursor) => repo.search(this.query, cursor), '搜索失败，请稍后再试。')
    makeAutoObservable(this, { list: false })
  }

  setQuery(q: string): void {
    this.query = q
  }

  search(): Promise<void> {
    return this.list.load()
  }

  reset(): void {
    this.query = ''
    this.list.reset()
  }
}

/** 我发布的: the person's own notices with how many households have read each. */
export function myPublishedList(repo: NoticesRepository): PagedList<PublishedNotice> {
  return new PagedList((cursor) => repo.mine(cursor))
}
