import { computed, makeObservable } from 'mobx'
import type { HelpRequestSummary } from '@contract/api-help'
import { Resource } from '@/stores/resource'

/** A list of help requests (我的求助, the steward's inbox, escalated ones): live first, as the server orders them. */
export class HelpListStore extends Resource<HelpRequestSummary[]> {
  constructor(fetch: () => Promise<HelpRequestSummary[]>) {
    super(fetch)
    makeObservable(this, { items: computed, waiting: computed })
  }

  get items(): HelpRequestSummary[] {
    return this.value ?? []
  }

  /** Requests still waiting for someone to accept them. */
  get waiting(): number {
    return this.items.filter((i) => i.status === 'open').length
  }
}
