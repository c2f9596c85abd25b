/**
 * The newcomer guide (新居民指南): a checklist per community, edited by its staff, ticked by
 * its residents. Items are data (GuideItem); ticks are per person (GuideTick).
 */
import type { GuideItem, PlaceRef } from '@contract/domain'
import { privateAcl } from '../acl'
import { forbidden, notFound } from '../errors'
import { numberOf, refIdOf, refOf, textOf } from '../fields'
import { idOf, pointer } from '../ids'
import { Parse } from '../parse'
import { residentOf } from '../queries/people'
import { isCommunityStaffOf } from '../directory'

const MASTER = { useMasterKey: true } as const
/** What staff may write into an item: short titles, bodies of a screen or two, a sort order. */
const NO_COMMUNITY = '完成住户登记后，就能看到您所在社区的新居民指南。'
const NO_ITEM = '没有找到这一项，请刷新后再试。'
const NOT_YOUR_COMMUNITY = '您只能管理本社区的新居民指南。'

function itemOf(o: Parse.Object, done: boolean): GuideItem {
  return { id: idOf(o), title: textOf(o, 'title') ?? '', body: textOf(o, 'body') ?? '', order: numberOf(o, 'order') ?? 0, done }
}

async function itemsOf(communityId: string): Promise<Parse.Object[]> {
  return new Parse.Query('GuideItem')
    .equalTo('community', pointer('Community', communityId))
    .ascending('order')
    .addAscending('createdAt')
    .limit(200)
    .find(MASTER)
}

/**
 * The community whose guide a person reads: where they live, or, while their first
 * registration waits for review, the community they registered in (newcomers need it most then).
 */
async function guideCommunityOf(user: Parse.User): Promise<Parse.Object> {
  const resident = await residentOf(user, ['community'])
  const home = refOf(resident, 'community')
  if (home) return home
  const pending = await new Parse.Query('Registration').equalTo('user', user).equalTo('status', 'pending').include('community').first(MASTER)
  const community = refOf(pending, 'community')
  if (!community) notFound(NO_COMMUNITY)
  return community
}

export async function myGuide(user: Parse.User): Promise<{ community: PlaceRef; items: GuideItem[] }> {
  const community = await guideCommunityOf(user)
  const items = await itemsOf(idOf(community))
  const ticks = await new Parse.Query('GuideTick').equalTo('user', user).containedIn('item', items).limit(items.length || 1).find(MASTER)
  const done = new Set(ticks.map((t) => refIdOf(t, 'item')))
  return { community: { id: idOf(community), name: textOf(community, 'name') ?? '' }, items: items.map((i) => itemOf(i, done.has(idOf(i)))) }
}

export async function tickGuideItem(user: Parse.User, itemId: string, done: boolean): Promise<{ done: boolean }> {
  const community = await guideCommunityOf(user)
  const item = await new Parse.Query('GuideItem').equalTo('objectId', itemId).equalTo('community', community).first(MASTER)
  if (!item) notFound(NO_ITEM)
  if (done) {
    const tick = new Parse.Object('GuideTick')
    tick.set({ user, item })
    tick.setACL(privateAcl())
    try {
      await tick.save(null, MASTER)
    } catch (err) {
      // Ticked already (a double tap): the unique index keeps one tick, and that is the answer.
      if (!(err instanceof Parse.Error && err.code === Parse.Error.DUPLICATE_VALUE)) throw err
    }
  } else {
    const ticks = await new Parse.Query('GuideTick').equalTo('user', user).equalTo('item', item).find(MASTER)
    await Parse.Object.destroyAll(ticks, MASTER)
  }
  return { done }
}

async function requireStaffOf(user: Parse.User, communityId: string): Promise<void> {
  if (!(await isCommunityStaffOf(user, communityId))) forbidden(NOT_YOUR_COMMUNITY)
}

export async function listGuideItems(user: Parse.User, communityId: string): Promise<{ items: GuideItem[] }> {
  await requireStaffOf(user, communityId)
  return { items: (await itemsOf(communityId)).map((i) => itemOf(i, false)) }
}

export interface GuideItemInput {
  communityId: string
  itemId?: string
  title: string
  body: string
  order: number
}

export async function saveGuideItem(user: Parse.User, input: GuideItemInput): Promise<{ itemId: string }> {
  await requireStaffOf(user, input.communityId)
  const community = pointer('Community', input.communityId)
  let item: Parse.Object
  if (input.itemId) {
    const found = await new Parse.Query('GuideItem').equalTo('objectId', input.itemId).equalTo('community', community).first(MASTER)
    if (!found) notFound(NO_ITEM)
    item = found
  } else {
    item = new Parse.Object('GuideItem')
    item.set('community', community)
    item.setACL(privateAcl())
  }
  item.set({ title: input.title.trim(), body: input.body.trim(), order: input.order })
  await item.save(null, MASTER)
  return { itemId: idOf(item) }
}

export async function deleteGuideItem(user: Parse.User, itemId: string): Promise<{ deleted: true }> {
  const item = await new Parse.Query('GuideItem').equalTo('objectId', itemId).first(MASTER)
  if (!item) notFound(NO_ITEM)
  await requireStaffOf(user, refIdOf(item, 'community') ?? '')
  const ticks = await new Parse.Query('GuideTick').equalTo('item', item).limit(10_000).find(MASTER)
  await Parse.Object.destroyAll([...ticks, item], MASTER)
  return { deleted: true }
}
