import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '../../../../app/PageShell'
import { useFeature } from '../../../../app/use-feature'
import { welfareFeature } from '../../../../features/welfare'
import { ROUTES } from '../../../../app/routes'
import { useStores } from '../../../../app/stores-context'
import { useSignedInLoad } from '../../../../app/use-signed-in-load'
import { SessionGate } from '../../../../components/SessionGate'
import { StateView } from '../../../../components/StateView'
import { ApplicationList } from '../../../../features/welfare/components/ApplicationList'

/** 我的申请: drafts (continue typing) and submitted applications (their progress). */
function MyApplicationsPage() {
  const { session } = useStores()
  const welfare = useFeature(welfareFeature)
  const list = welfare.mine.list
  useSignedInLoad(() => void welfare.mine.load())
  usePullDownRefresh(() => void welfare.mine.load().finally(() => Taro.stopPullDownRefresh()))
  const content = () => {
    if (list.status === 'idle' || list.status === 'loading') return <StateView kind='loading' title='正在加载…' />
    if (list.status === 'error') return <StateView kind='error' title='加载失败' detail={list.error} actionText='重试' onAction={() => void welfare.mine.load()} />
    if (!list.value?.length) return <StateView kind='empty' title='还没有申请' detail='在彩虹桥项目页点“申请项目”开始填写。' actionText='去看看' onAction={() => void Taro.navigateTo({ url: ROUTES.welfare() })} />
    return (
      <ApplicationList
        items={list.value}
        label='我的申请'
        onOpen={(a) => void Taro.navigateTo({ url: a.status === 'draft' ? ROUTES.welfareApply(a.programmeId, a.id) : ROUTES.welfareApplication(a.id) })}
      />
    )
  }
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='登录后查看您的彩虹桥申请'>
        <View className='tx-page'>{content()}</View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(MyApplicationsPage)
