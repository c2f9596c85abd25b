import type { FeatureDeps } from '@/app/feature-deps'
import { noticesRepository } from '../notices-repository'
import { NoticeDetailStore } from './notice-detail-store'
import { NoticeHistoryStore, myPublishedList } from './notice-history-store'
import { PublishFormStore } from './publish-form-store'

/** The notices subpackage's stores: detail, history, publishing, 我发布的 (the 公告 tab's feed is RootStore.noticeFeed). */
export function createNoticeStores(deps: FeatureDeps) {
  const notices = noticesRepository(deps.api)
  const { hooks } = deps
  const mine = myPublishedList(notices)
  return {
    detail: new NoticeDetailStore(notices, deps.platform, {
      onRead: (id) => hooks.noticeRead(id),
      onRemoved: (id) => hooks.noticeRemoved(id),
    }),
    history: new NoticeHistoryStore(notices),
    mine,
    publish: new PublishFormStore(notices, deps.platform, {
      onPublished: () => {
        hooks.reloadNoticeFeed()
        void mine.load()
      },
      onDraftSaved: () => void mine.load(),
    }),
  }
}
