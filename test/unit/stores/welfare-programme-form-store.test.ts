/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { ProgrammeFormStore } from '@/features/welfare/stores/programme-form-store'
import { welfareRepository } from '@/features/welfare/welfare-repository'
import { strictConsole } from '../support/strict'

strictConsole()

function setup() {
  const api = new FakeApi().on('saveWelfareProgramme', () => ({ programmeId: 'p9' }))
  const platform = new FakePlatform()
  const store = new ProgrammeFormStore(welfareRepository(api), platform)
  return { store, api, platform }
}

describe('ProgrammeFormStore', () => {
  it('starts from the street’s usual figures and sends money in fen', async () => {
    const { store, api } = setup()
    store.set('name', '2027年彩虹桥公益项目')
    store.set('opensOn', '2027-03-01')
    store.set('closesOn', '2027-04-30')
    store.set('budgetYuan', '300,000.50')
    expect(await store.submit()).toBe('p9')
    expect(api.calls[0].params).toMatchObject({ budgetFen: 30_000_050, capFen: 3_000_000, categories: ['助老', '助残', '青少年', '环境', '文化', '新居民融入', '其他'] })
    expect((api.calls[0].params as { criteria: Array<{ weight: number }> }).criteria.map((c) => c.weight)).toEqual([30, 30, 20, 20])
  })

  it('refuses bad money, a window that ends first and weights not adding to 100, without sending', async () => {
    const { store, api } = setup()
    store.set('name', '2027年')
    store.set('budgetYuan', '-1')
    store.set('capYuan', '1.234')
    store.set('opensOn', '2027-03-01')
    store.set('closesOn', '2027-02-01')
    store.setWeight('need', '31')
    expect(await store.submit()).toBeNull()
    expect(store.errors).toMatchObject({ budgetFen: '总预算不能是负数。', capFen: '单个项目上限最多精确到分（两位小数）。', closesOn: '截止日期不能早于开始日期。', criteria: '各项评分权重合计应为100。' })
    store.toggleCategory('助老')
    expect(store.draft.categories).not.toContain('助老')
    expect(api.calls).toHaveLength(0)
  })
})
