import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { welfareFeature } from '@/features/welfare'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { SessionGate } from '@/components/SessionGate'
import { ApplicationList } from '@/features/welfare/components/ApplicationList'

/** 我的申请: drafts (continue typing) and submitted applications (their progress). */
function MyApplicationsPage() {
  const { session } = useStores()
  const welfare = useFeature(welfareFeature)
  const list = welfare.mine.list
  const load = () => welfare.mine.load()
  const { state } = useScreen(
    { status: list.status, error: list.error, refreshing: false, load, refresh: load },
    { empty: { when: !list.value?.length, title: '还没有申请', detail: '在彩虹桥项目页点“申请项目”开始填写。', actionText: '去看看', onAction: () => void Taro.navigateTo({ url: ROUTES.welfare() }) } },
  )
  const content = () => {
    if (state || !list.value) return state
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
