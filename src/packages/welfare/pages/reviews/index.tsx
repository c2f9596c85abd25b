import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { WelfareStatus } from '../../../../../types/api-welfare'
import { PageShell } from '../../../../app/PageShell'
import { useFeature } from '../../../../app/use-feature'
import { welfareFeature } from '../../../../features/welfare'
import { ROUTES } from '../../../../app/routes'
import { useStores } from '../../../../app/stores-context'
import { useSignedInLoad } from '../../../../app/use-signed-in-load'
import { SessionGate } from '../../../../components/SessionGate'
import { StateView } from '../../../../components/StateView'
import { ApplicationList } from '../../../../features/welfare/components/ApplicationList'

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
  useSignedInLoad(() => void q.load())
  usePullDownRefresh(() => void q.load().finally(() => Taro.stopPullDownRefresh()))
  const list = q.list
  const content = () => {
    if (list.status === 'idle' || list.status === 'loading') return <StateView kind='loading' title='正在加载…' />
    if (list.status === 'error') return <StateView kind='error' title='加载失败' detail={list.error} actionText='重试' onAction={() => void q.load()} />
    if (!list.value?.length) return <StateView kind='empty' title='没有要处理的申请' />
    return <ApplicationList items={list.value} label='审核列表' onOpen={(a) => void Taro.navigateTo({ url: ROUTES.welfareApplication(a.id) })} />
  }
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='工作人员登录后审核彩虹桥申请' allowed={session.isStaff}>
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
