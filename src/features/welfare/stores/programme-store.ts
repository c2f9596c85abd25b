import { makeAutoObservable } from 'mobx'
import type { FundedProject, WelfareProgramme, WelfareStatus } from '@contract/api-welfare'
import { budgetShares } from '@/domain/welfare'
import { Resource } from '@/stores/resource'
import type { WelfareRepository } from '../welfare-repository'

export interface ProgrammePage {
  programmes: WelfareProgramme[]
  programme: WelfareProgramme
  byStatus: Partial<Record<WelfareStatus, number>>
  funded: FundedProject[]
}

/** 彩虹桥 programme page: the programme (the open one by default), budget used and left, applications by status, funded projects. */
export class ProgrammeStore {
  readonly page: Resource<ProgrammePage | null>
  /** The programme asked for; undefined: the open one (else the newest). */
  private wanted: string | undefined = undefined

  constructor(private readonly repo: WelfareRepository) {
    this.page = new Resource(() => this.fetch(this.wanted), '彩虹桥项目加载失败，请下拉刷新重试。')
    makeAutoObservable<ProgrammeStore, 'repo' | 'wanted' | 'fetch'>(this, { repo: false, page: false, wanted: false, fetch: false })
  }

  get programme(): WelfareProgramme | null {
    return this.page.value?.programme ?? null
  }

  get shares() {
    const p = this.programme
    return p ? budgetShares(p.budgetFen, p.approvedFen) : null
  }

  /** Loads a programme by id, or the open one (else the newest). */
  load(programmeId?: string): Promise<void> {
    this.wanted = programmeId
    return this.page.load()
  }

  refresh(): Promise<void> {
    return this.load(this.programme?.id)
  }

  private async fetch(programmeId: string | undefined): Promise<ProgrammePage | null> {
    const programmes = await this.repo.programmes()
    const chosen = programmes.find((p) => p.id === programmeId) ?? programmes.find((p) => p.phase === 'open') ?? programmes[0]
    if (!chosen) return null
    const [one, funded] = await Promise.all([this.repo.programme(chosen.id), this.repo.funded(chosen.id)])
    return { programmes, programme: one.programme, byStatus: one.byStatus, funded: funded.items }
  }
}
