import { makeAutoObservable, runInAction } from 'mobx'
import type { ActRecord, FamilyLinkView } from '@contract/domain'
import type { PlatformPort } from '@/adapters/ports'
import { LIVE_FAMILY_STATUSES } from '@/domain/family'
import { familyContract } from '@contract/contract/family'
import { formErrors } from '@contract/contract/form-errors'
import { normalizePhone } from '@/domain/phone'
import { FormModel } from '@/stores/form-model'
import { Mutation } from '@/stores/mutation'
import { Resource } from '@/stores/resource'
import type { Loadable } from '@/stores/status'
import type { FamilyRepository } from '../family-repository'

/** A closed link and which side of it I am: asker (I asked to help) or senior (I was asked). */
export interface ClosedLink {
  link: FamilyLinkView
  side: 'asker' | 'senior'
}

const isLive = (l: FamilyLinkView) => LIVE_FAMILY_STATUSES.includes(l.status)

interface FamilyData {
  /** Links where I am the family member. */
  seniors: FamilyLinkView[]
  /** Links where I am the senior. */
  family: FamilyLinkView[]
  acts: ActRecord[]
}

/** 家属代办: the seniors I look after, the family who look after me, and what they did for me. */
export class FamilyStore implements Loadable {
  readonly data: Resource<FamilyData>
  /** The senior's phone to ask for, checked by the requestFamilyLink schema. */
  readonly ask = new FormModel<{ seniorPhone: string }>(() => ({ seniorPhone: '' }), (d) => formErrors(familyContract.requestFamilyLink, d))
  private readonly asking: Mutation
  private readonly changing: Mutation
  private changingId: string | null = null

  constructor(
    private readonly repo: FamilyRepository,
    private readonly platform: PlatformPort,
  ) {
    this.data = new Resource(async () => {
      const [links, acts] = await Promise.all([repo.links(), repo.actsForMe()])
      return { seniors: links.seniors, family: links.family, acts }
    }, '家属信息加载失败，请下拉刷新重试。')
    this.asking = new Mutation({ platform, toastErrors: false, failure: '发送失败，请稍后再试。' })
    this.changing = new Mutation({ platform, errorKind: 'none' })
    makeAutoObservable<FamilyStore, 'repo' | 'platform' | 'asking' | 'changing'>(this, { repo: false, platform: false, data: false, ask: false, asking: false, changing: false })
  }

  /** Links where I am the family member. */
  get seniors(): FamilyLinkView[] {
    return this.data.value?.seniors ?? []
  }

  /** Links where I am the senior. */
  get family(): FamilyLinkView[] {
    return this.data.value?.family ?? []
  }

  get acts(): ActRecord[] {
    return this.data.value?.acts ?? []
  }

  get phone(): string { return this.ask.values.seniorPhone }
  get status() { return this.data.status }
  get error(): string | null { return this.data.error }
  get refreshing(): boolean { return this.data.refreshing }
  get requesting(): boolean { return this.asking.busy }
  get phoneError(): string | null { return this.asking.error }

  /** A link being answered or removed. */
  get busyId(): string | null {
    return this.changing.busy ? this.changingId : null
  }

  /** Family asking to look after me, waiting for my answer. */
  get toConfirm(): FamilyLinkView[] {
    return this.family.filter((l) => l.status === 'pending')
  }

  get confirmedFamily(): FamilyLinkView[] {
    return this.family.filter((l) => l.status === 'confirmed')
  }

  /** Seniors I asked for (waiting, shown by the phone I typed) or may act for (confirmed, by name). */
  get liveSeniors(): FamilyLinkView[] {
    return this.seniors.filter(isLive)
  }

  /** Declined, withdrawn and ended links of both sides, latest first: nothing disappears without a trace. */
  get history(): ClosedLink[] {
    const closed: ClosedLink[] = [
      ...this.seniors.filter((l) => !isLive(l)).map((link) => ({ link, side: 'asker' as const })),
      ...this.family.filter((l) => !isLive(l)).map((link) => ({ link, side: 'senior' as const })),
    ]
    return closed.sort((a, b) => (b.link.closedAt ?? b.link.createdAt).localeCompare(a.link.closedAt ?? a.link.createdAt))
  }

  /** Seniors I may act for. */
  get confirmedSeniors(): FamilyLinkView[] {
    return this.seniors.filter((l) => l.status === 'confirmed')
  }

  seniorById(userId: string): FamilyLinkView | null {
    return this.confirmedSeniors.find((l) => l.other.userId === userId) ?? null
  }

  /** Both sides of my links and the acts done for me. */
  load(): Promise<void> {
    return this.data.load()
  }

  refresh(): Promise<void> {
    return this.data.refresh()
  }

  setPhone(value: string): void {
    this.ask.set('seniorPhone', value)
    this.asking.clearError()
  }

  /** Asks to look after the senior with this phone; they confirm in their own app. */
  async request(): Promise<boolean> {
    const problem = this.ask.showAllErrors() ? null : this.ask.allErrors.seniorPhone
    if (problem) {
      await this.asking.refuse(problem)
      return false
    }
    const phone = normalizePhone(this.phone)
    const done = await this.asking.run(async () => {
      await this.repo.request(phone)
      runInAction(() => this.ask.reset())
      this.platform.toast('已发送，请长辈在同心社区里确认', 'none')
      await this.load()
      return true
    })
    return done === true
  }

  /** The senior accepts or declines a family member's request. */
  answer(linkId: string, accept: boolean): Promise<void> {
    return this.change(linkId, async () => {
      const status = await this.repo.answer(linkId, accept)
      runInAction(() => {
        const link = this.family.find((l) => l.id === linkId)
        if (link) link.status = status
      })
      this.platform.toast(accept ? '已同意' : '已拒绝', 'success')
      await this.load()
    })
  }

  /** Either side ends a link, or the asker withdraws a request; the server keeps it as a closed link. */
  remove(linkId: string): Promise<void> {
    const withdrawing = this.seniors.some((l) => l.id === linkId && l.status === 'pending')
    return this.change(linkId, async () => {
      await this.repo.remove(linkId)
      this.platform.toast(withdrawing ? '已撤回' : '已解除', 'success')
      await this.load()
    })
  }

  reset(): void {
    this.data.reset()
    this.ask.reset()
    this.asking.reset()
    this.changing.reset()
    this.changingId = null
  }

  private async change(linkId: string, work: () => Promise<void>): Promise<void> {
    if (this.changing.busy) return
    this.changingId = linkId
    await this.changing.run(work)
  }
}
