import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { WelfareStatus } from '@contract/api-welfare'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { welfareFeature } from '@/features/welfare'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { SessionGate } from '@/components/SessionGate'
import { capabilitiesOf } from '@/domain/roles'
import { ApplicationList } from '@/features/welfare/components/ApplicationList'

const FILTERS: Array<[WelfareStatus | null, string]> = [
  [null, '待我审核'],
  ['revise', '退回修改'],
  ['approved', '已立项'],
  ['rejected', '未通过'],
  ['completed', '已结项'],
]

/** 彩虹桥审核: community staff's first reviews and street staff's decisions. */
function ReviewsPage() {
  const { session } = useStores()
  const welfare = useFeature(welfareFeature)
  const q = welfare.reviews
  const list = q.list
  const load = () => q.load()
  const { state } = useScreen({ status: list.status, error: list.error, refreshing: false, load, refresh: load }, { empty: { when: !list.value?.length, title: '没有要处理的申请' } })
  const content = () => {
    if (state || !list.value) return state
    return <ApplicationList items={list.value} label='审核列表' onOpen={(a) => void Taro.navigateTo({ url: ROUTES.welfareApplication(a.id) })} />
  }
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='工作人员登录后审核彩虹桥申请' allowed={capabilitiesOf(session.me).reviewWelfare}>
        <View className='tx-page tx-welfare'>
          <View className='tx-chips' role='group' aria-label='筛选'>
            {FILTERS.map(([status, label]) => (
              <View key={label} className={`tx-chip ${q.status === status ? 'tx-chip--on' : ''}`} role='radio' aria-checked={q.status === status} onClick={() => void q.filter(status)}>
                {label}
              </View>
            ))}
          </View>
          {content()}
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(ReviewsPage)
