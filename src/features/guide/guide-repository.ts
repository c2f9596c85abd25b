import type { GuideItem, PlaceRef } from '@contract/domain'
import type { ApiPort } from '@/adapters/ports'

export interface GuideItemDraft {
  itemId?: string
  title: string
  body: string
  order: number
}

/** The newcomer guide (新居民指南): a resident's checklist, and its items as community staff edit them. */
export interface GuideRepository {
  myGuide(): Promise<{ community: PlaceRef; items: GuideItem[] }>
  tick(itemId: string, done: boolean): Promise<boolean>
  items(communityId: string): Promise<GuideItem[]>
  save(communityId: string, item: GuideItemDraft): Promise<string>
  remove(itemId: string): Promise<void>
}

export function guideRepository(api: ApiPort): GuideRepository {
  return {
    myGuide: () => api.call('myGuide', {}),
    tick: async (itemId, done) => (await api.call('tickGuideItem', { itemId, done })).done,
    items: async (communityId) => (await api.call('listGuideItems', { communityId })).items,
    save: async (communityId, { itemId, title, body, order }) =>
      (await api.call('saveGuideItem', itemId ? { communityId, itemId, title, body, order } : { communityId, title, body, order })).itemId,
    remove: async (itemId) => {
      await api.call('deleteGuideItem', { itemId })
    },
  }
}
