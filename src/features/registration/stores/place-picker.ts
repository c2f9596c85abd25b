import { makeAutoObservable, runInAction } from 'mobx'
import type { BuildingLayout, PlaceRef } from '@contract/domain'
import { userMessage } from '@/adapters/ports'
import { StaleGuard } from '@/stores/stale-guard'
import type { CompoundRef, RegistrationRepository } from '../registration-repository'

/** How long typing pauses before the compound search asks the server. */
export const SEARCH_DELAY_MS = 300

type PlaceList = 'communities' | 'compounds' | 'buildings'

export interface PlaceSelection {
  community: PlaceRef | null
  compound: PlaceRef | null
  building: PlaceRef | null
}

/** Choosing a home step by step: community, then compound (searchable by name), then building. */
export class PlacePicker {
  communities: PlaceRef[] = []
  compounds: CompoundRef[] = []
  buildings: BuildingLayout[] = []
  community: PlaceRef | null = null
  compound: PlaceRef | null = null
  building: PlaceRef | null = null
  compoundQuery = ''
  loading: Record<PlaceList, boolean> = { communities: false, compounds: false, buildings: false }
  error: string | null = null
  // The compound the buildings list belongs to: until it is the chosen one, the layout is unknown.
  private buildingsOf: string | null = null
  // Each list's latest request: an answer to an older choice or search must not overwrite a newer one.
  private readonly guards: Record<PlaceList, StaleGuard> = { communities: new StaleGuard(), compounds: new StaleGuard(), buildings: new StaleGuard() }
  private searchTimer: ReturnType<typeof setTimeout> | null = null

  constructor(private readonly repo: RegistrationRepository) {
    makeAutoObservable<PlacePicker, 'repo' | 'guards' | 'searchTimer'>(this, { repo: false, guards: false, searchTimer: false })
  }

  /** The chosen building's layout: undefined while unknown, null when the compound has no such building. */
  get layout(): BuildingLayout | null | undefined {
    if (!this.building) return undefined
    if (!this.compound || this.buildingsOf !== this.compound.id) return undefined
    return this.buildings.find((b) => b.id === this.building?.id) ?? null
  }

  get selection(): PlaceSelection {
    return { community: this.community, compound: this.compound, building: this.building }
  }

  async loadCommunities(): Promise<void> {
    if (this.communities.length > 0) return
    await this.fetch('communities', () => this.repo.communities(), (list) => (this.communities = list))
  }

  /** Offers these communities instead of every one (a staff member's own); an empty list asks the server again. */
  offerCommunities(list: PlaceRef[]): void {
    // A request for every community still on its way must not replace this list.
    this.guards.communities.invalidate()
    this.loading.communities = false
    this.communities = list
  }

  pickCommunity(id: string): void {
    const community = this.communities.find((c) => c.id === id)
    if (!community || community.id === this.community?.id) return
    this.community = community
    this.compound = null
    this.building = null
    this.compounds = []
    this.buildings = []
    this.buildingsOf = null
    this.compoundQuery = ''
    this.cancelSearch()
    void this.searchCompounds()
  }

  /** Typing in the compound search: asks once typing pauses. */
  setCompoundQuery(q: string): void {
    this.compoundQuery = q
    this.cancelSearch()
    this.searchTimer = setTimeout(() => {
      this.searchTimer = null
      void this.searchCompounds()
    }, SEARCH_DELAY_MS)
  }

  async searchCompounds(): Promise<void> {
    const community = this.community
    if (!community) return
    const q = this.compoundQuery.trim()
    await this.fetch('compounds', () => this.repo.compounds(community.id, q || undefined), (list) => (this.compounds = list))
  }

  pickCompound(id: string): void {
    const compound = this.compounds.find((c) => c.id === id)
    if (!compound || compound.id === this.compound?.id) return
    this.compound = { id: compound.id, name: compound.name }
    this.building = null
    this.buildings = []
    this.buildingsOf = null
    void this.loadBuildings()
  }

  /** Back to "any compound" of the chosen community. */
  clearCompound(): void {
    this.compound = null
    this.building = null
    this.buildings = []
    this.buildingsOf = null
  }

  pickBuilding(id: string): void {
    const building = this.buildings.find((b) => b.id === id)
    if (building) this.building = { id: building.id, name: building.name }
  }

  /** Puts back a kept choice (a draft, a registration to correct) and loads the lists behind it. */
  async restore(selection: PlaceSelection): Promise<void> {
    this.community = selection.community
    this.compound = selection.community ? selection.compound : null
    this.building = this.compound ? selection.building : null
    this.compoundQuery = ''
    await Promise.all([this.loadCommunities(), this.community ? this.searchCompounds() : null, this.compound ? this.loadBuildings() : null])
  }

  reset(): void {
    this.cancelSearch()
    for (const guard of Object.values(this.guards)) guard.invalidate()
    this.loading = { communities: false, compounds: false, buildings: false }
    this.compounds = []
    this.buildings = []
    this.buildingsOf = null
    this.community = null
    this.compound = null
    this.building = null
    this.compoundQuery = ''
    this.error = null
  }

  private cancelSearch(): void {
    if (this.searchTimer) clearTimeout(this.searchTimer)
    this.searchTimer = null
  }

  private async loadBuildings(): Promise<void> {
    const compound = this.compound
    if (!compound) return
    await this.fetch('buildings', () => this.repo.buildings(compound.id), (list) => {
      this.buildings = list
      this.buildingsOf = compound.id
    })
  }

  private async fetch<T>(what: PlaceList, load: () => Promise<T>, apply: (value: T) => void): Promise<void> {
    const current = this.guards[what].next()
    this.loading[what] = true
    this.error = null
    try {
      const value = await load()
      runInAction(() => {
        if (!current()) return
        apply(value)
        this.loading[what] = false
      })
    } catch (err) {
      runInAction(() => {
        if (!current()) return
        this.loading[what] = false
        this.error = userMessage(err, '地址列表加载失败，请稍后再试。')
      })
    }
  }
}
