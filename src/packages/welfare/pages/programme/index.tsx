import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { capabilitiesOf } from '@/domain/roles'
import { useFeature } from '@/app/use-feature'
import { welfareFeature } from '@/features/welfare'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { SelectField } from '@/components/SelectField'
import { Button } from '@/components/ui'
import { formatYuanText } from '@/domain/money'
import { BudgetChart, StatusBars } from '@/features/welfare/components/BudgetChart'
import { FundedList } from '@/features/welfare/components/FundedList'

const PHASE = { upcoming: '即将开始申报', open: '正在申报', closed: '申报已截止' } as const

/** 彩虹桥: a programme's budget used and left, applications by status, its funded projects; apply from here. Public. */
function ProgrammePage() {
  const { session } = useStores()
  const welfare = useFeature(welfareFeature)
  const store = welfare.programme
  const id = useRouter().params.id
  const v = store.page
  // Public: anyone may look, signed in or not; a show does not reload it.
  const { state } = useScreen(
    { status: v.status, error: v.error, refreshing: false, load: () => store.load(id), refresh: () => store.refresh() },
    { anonymous: true, reload: 'once', key: id, retry: () => store.refresh(), empty: { when: !v.value, title: '还没有彩虹桥项目', detail: '街道发布申报通知后会显示在这里。' } },
  )
  useShareAppMessage(() => ({ title: store.programme ? `彩虹桥：${store.programme.name}` : '彩虹桥公益项目', path: ROUTES.welfare(store.programme?.id) }))
  const go = (url: string) => void Taro.navigateTo({ url })
  const page = v.value
  if (state || !page) return <PageShell>{state}</PageShell>
  const p = page.programme
  const can = capabilitiesOf(session.me)
  const apply = () => go(session.isSignedIn ? ROUTES.welfareApply(p.id) : ROUTES.login)
  return (
    <PageShell>
      <View className='tx-page tx-welfare'>
        <View className='tx-card'>
          <Text className='tx-welfare__title'>{p.name}</Text>
          <Text>{`${PHASE[p.phase]} · ${p.opensOn} 至 ${p.closesOn}`}</Text>
          <Text>{`总预算 ${formatYuanText(p.budgetFen)}，每个项目最多 ${formatYuanText(p.capFen)}`}</Text>
          <Text className='tx-muted'>{`支持类别：${p.categories.join('、')}`}</Text>
          {page.programmes.length > 1 && (
            <SelectField label='切换期次' options={page.programmes.map((x) => x.name)} value={p.name} placeholder='请选择' onChange={(i) => void store.load(page.programmes[i]?.id)} />
          )}
        </View>
        <View className='tx-welfare__actions'>
          {p.phase === 'open' && (
            <Button type='primary' block onClick={apply}>
              申请项目
            </Button>
          )}
          {session.isSignedIn && (
            <Button type='default' block onClick={() => go(ROUTES.welfareMine)}>
              我的申请
            </Button>
          )}
          {can.reviewWelfare && (
            <Button type='default' block onClick={() => go(ROUTES.welfareReviews)}>
              审核申请
            </Button>
          )}
          {can.openProgrammes && (
            <Button type='default' block onClick={() => go(ROUTES.welfareProgrammeNew)}>
              发布新一期
            </Button>
          )}
        </View>
        <BudgetChart budgetFen={p.budgetFen} approvedFen={p.approvedFen} />
        <StatusBars byStatus={page.byStatus} />
        <Text className='tx-card__title'>资助项目</Text>
        <FundedList items={page.funded} onOpen={(pid) => go(ROUTES.welfareProject(pid))} />
      </View>
    </PageShell>
  )
}

export default observer(ProgrammePage)
