import { makeAutoObservable } from 'mobx'
import type { ActivityFilter, ActivityListItem, ActivityTheme, CalendarDay, Campaign } from '@contract/api-activities'
import { PagedList } from '@/stores/paged-list'
import { Resource } from '@/stores/resource'
import type { ActivitiesRepository } from '../activities-repository'

/** 志愿活动: upcoming activities with filters (theme, places left, my community), and the campaigns for the calendar. */
export class ActivityListStore {
  theme: ActivityTheme | null = null
  hasPlaces = false
  /** Only my community's (and street-wide) activities. */
  communityId: string | null = null
  readonly list: PagedList<ActivityListItem>
  readonly campaigns: Resource<Campaign[]>
  /** The calendar of one campaign: its days and their activities. */
  readonly calendar: Resource<{ campaign: Campaign; days: CalendarDay[] }>
  private calendarId = ''

  constructor(repo: ActivitiesRepository) {
    this.list = new PagedList((cursor) => repo.list(this.filter, cursor), '活动加载失败，请下拉刷新重试。')
    this.campaigns = new Resource(() => repo.campaigns(), '召集令加载失败。')
    this.calendar = new Resource(() => repo.calendar(this.calendarId), '日历加载失败，请稍后再试。')
    makeAutoObservable<ActivityListStore, 'calendarId'>(this, { calendarId: false, list: false, campaigns: false, calendar: false })
  }

  get filter(): ActivityFilter {
    return { ...(this.theme ? { theme: this.theme } : {}), ...(this.hasPlaces ? { hasPlaces: true } : {}), ...(this.communityId ? { communityId: this.communityId } : {}) }
  }

  /** The newest campaign, for the calendar entry. */
  get campaign(): Campaign | null {
    return this.campaigns.value?.[0] ?? null
  }

  async load(): Promise<void> {
    await Promise.all([this.list.load(), this.campaigns.load()])
  }

  loadCalendar(campaignId: string): Promise<void> {
    // Another campaign's calendar is not shown while this one loads.
    if (this.calendar.value?.campaign.id !== campaignId) this.calendar.reset()
    this.calendarId = campaignId
    return this.calendar.load()
  }

  setTheme(theme: ActivityTheme | null): void {
    this.theme = theme
    void this.list.load()
  }

  toggleHasPlaces(): void {
    this.hasPlaces = !this.hasPlaces
    void this.list.load()
  }

  setCommunity(id: string | null): void {
    this.communityId = id
    void this.list.load()
  }

  /** A place count changed elsewhere (a sign-up on the detail page): show it without a reload. */
  patch(item: Pick<ActivityListItem, 'id'> & Partial<ActivityListItem>): void {
    const i = this.list.items.findIndex((x) => x.id === item.id)
    if (i >= 0) this.list.items[i] = { ...this.list.items[i], ...item }
  }

  /** Sign-out: the list shows the person's own sign-ups. */
  reset(): void {
    this.list.reset()
    this.campaigns.reset()
    this.theme = null
    this.hasPlaces = false
    this.communityId = null
  }
}
