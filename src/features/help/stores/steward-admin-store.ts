import { makeAutoObservable, runInAction } from 'mobx'
import type { BuildingStewards } from '@contract/api-help'
import type { BuildingLayout, PlaceRef } from '@contract/domain'
import { userMessage, type PlatformPort } from '@/adapters/ports'
import { validateEndReason } from '@/domain/help'
import { HELP_MESSAGES } from '@/domain/messages'
import { isMobilePhone, normalizePhone } from '@/domain/phone'
import { Mutation } from '@/stores/mutation'
import type { LoadStatus } from '@/stores/status'
import type { HelpRepository } from '../help-repository'

/** Staff scope as the session knows it: community staff's communities, or the whole street. */
export interface StaffScope {
  communities: PlaceRef[]
  street: boolean
}

/** 红管家安排: community → compound (search) → building; its stewards and history; assign by phone; end with a reason. */
export class StewardAdminStore {
  communities: PlaceRef[] = []
  compounds: PlaceRef[] = []
  buildings: BuildingLayout[] = []
  communityId = ''
  compoundId = ''
  buildingId = ''
  compoundQuery = ''
  view: BuildingStewards | null = null
  status: LoadStatus = 'idle'
  error: string | null = null
  phone = ''
  private readonly assignment: Mutation
  private readonly ended: Mutation
  private endingId: string | null = null

  constructor(
    private readonly repo: HelpRepository,
    private readonly platform: PlatformPort,
    private readonly scope: () => StaffScope,
  ) {
    this.assignment = new Mutation({ platform, toastErrors: false, failure: '安排失败，请稍后再试。' })
    this.ended = new Mutation({ platform, errorKind: 'none' })
    makeAutoObservable<StewardAdminStore, 'repo' | 'platform' | 'scope' | 'assignment' | 'ended'>(this, {
      repo: false,
      platform: false,
      scope: false,
      assignment: false,
      ended: false,
    })
  }

  get assigning(): boolean { return this.assignment.busy }
  get phoneError(): string | null { return this.assignment.error }

  /** The assignment being ended, if any. */
  get ending(): string | null {
    return this.ended.busy ? this.endingId : null
  }

  /** The communities offered: one's own (community staff) or all (street staff); one alone is chosen at once. */
  async start(): Promise<void> {
    const s = this.scope()
    try {
      const communities = s.street ? await this.repo.communities() : s.communities
      runInAction(() => (this.communities = communities))
      if (communities.length === 1 && !this.communityId) await this.chooseCommunity(communities[0]!.id)
    } catch (err) {
      this.failed(err)
    }
  }

  async chooseCommunity(id: string): Promise<void> {
    this.communityId = id
    this.compoundId = ''
    this.buildingId = ''
    this.buildings = []
    this.view = null
    await this.searchCompounds(this.compoundQuery)
  }

  async searchCompounds(q: string): Promise<void> {
    this.compoundQuery = q
    if (!this.communityId) return
    try {
      const compounds = await this.repo.compounds(this.communityId, q)
      runInAction(() => (this.compounds = compounds))
    } catch (err) {
      this.failed(err)
    }
  }

  async chooseCompound(id: string): Promise<void> {
    this.compoundId = id
    this.buildingId = ''
    this.view = null
    try {
      const buildings = await this.repo.buildings(id)
      runInAction(() => (this.buildings = buildings))
    } catch (err) {
      this.failed(err)
    }
  }

  async chooseBuilding(id: string): Promise<void> {
    this.buildingId = id
    this.view = null
    await this.reload()
  }

  async reload(): Promise<void> {
    const id = this.buildingId
    if (!id) return
    this.status = 'loading'
    try {
      const view = await this.repo.buildingStewards(id)
      runInAction(() => {
        if (this.buildingId !== id) return
        this.view = view
        this.status = 'ready'
        this.error = null
      })
    } catch (err) {
      this.failed(err)
      runInAction(() => (this.status = 'error'))
    }
  }

  setPhone(phone: string): void {
    this.phone = phone
    this.assignment.clearError()
  }

  async assign(): Promise<boolean> {
    const phone = normalizePhone(this.phone)
    if (!isMobilePhone(phone)) {
      await this.assignment.refuse(HELP_MESSAGES.stewardPhone)
      return false
    }
    const buildingId = this.buildingId
    if (!buildingId || this.assigning) return false
    const done = await this.assignment.run(
      async () => {
        await this.repo.assign(buildingId, phone)
        runInAction(() => (this.phone = ''))
        return true
      },
      { success: '已安排红管家' },
    )
    if (!done) return false
    await this.reload()
    return true
  }

  /** Ends an assignment; the reason is checked here with the server's own rule first. */
  async end(assignmentId: string, reason: string): Promise<boolean> {
    const problem = validateEndReason(reason)
    if (problem) {
      this.platform.toast(problem, 'none')
      return false
    }
    if (this.ended.busy) return false
    this.endingId = assignmentId
    const done = await this.ended.run(
      async () => {
        await this.repo.endAssignment(assignmentId, reason.trim())
        return true
      },
      { success: '已结束这条安排' },
    )
    if (!done) return false
    await this.reload()
    return true
  }

  reset(): void {
    this.communities = []
    this.compounds = []
    this.buildings = []
    this.communityId = ''
    this.compoundId = ''
    this.buildingId = ''
    this.compoundQuery = ''
    this.view = null
    this.status = 'idle'
    this.error = null
    this.phone = ''
    this.assignment.reset()
    this.ended.reset()
    this.endingId = null
  }

  private failed(err: unknown): void {
    runInAction(() => (this.error = userMessage(err, '加载失败，请稍后再试。')))
  }
}
