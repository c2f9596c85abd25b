import { makeAutoObservable } from 'mobx'
import type { FundedProject, WelfareProgramme, WelfareStatus } from '../../../../types/api-welfare'
import { budgetShares } from '../../../domain/welfare'
import type { WelfareRepository } from '../welfare-repository'
import { Loader } from './loader'

export interface ProgrammePage {
  programmes: WelfareProgramme[]
  programme: WelfareProgramme
  byStatus: Partial<Record<WelfareStatus, number>>
  funded: FundedProject[]
}

/** 彩虹桥 programme page: the programme (the open one by default), budget used and left, applications by status, funded projects. */
export class ProgrammeStore {
  readonly page: Loader<ProgrammePage | null>

  constructor(
    private readonly repo: WelfareRepository,
    onSessionExpired: () => void,
  ) {
    this.page = new Loader(onSessionExpired, '彩虹桥项目加载失败，请下拉刷新重试。')
    makeAutoObservable<ProgrammeStore, 'repo'>(this, { repo: false, page: false })
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
    return this.page.run(async () => {
      const programmes = await this.repo.programmes()
      const chosen = programmes.find((p) => p.id === programmeId) ?? programmes.find((p) => p.phase === 'open') ?? programmes[0]
      if (!chosen) return null
      const [one, funded] = await Promise.all([this.repo.programme(chosen.id), this.repo.funded(chosen.id)])
      return { programmes, programme: one.programme, byStatus: one.byStatus, funded: funded.items }
    })
  }

  refresh(): Promise<void> {
    return this.load(this.programme?.id)
  }
}
