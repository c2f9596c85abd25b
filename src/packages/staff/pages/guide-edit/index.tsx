import { useEffect } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '../../../../app/PageShell'
import { useFeature } from '../../../../app/use-feature'
import { guideFeature } from '../../../../features/guide'
import { useStores } from '../../../../app/stores-context'
import { SessionGate } from '../../../../components/SessionGate'
import { GuideEditor } from '../../../../features/guide/components/GuideEditor'

/** 编辑新居民指南: community staff keep their community's newcomer checklist up to date. */
function GuideEditPage() {
  const { session } = useStores()
  const { edit: guideEdit } = useFeature(guideFeature)
  useEffect(() => {
    if (session.isCommunityStaff && guideEdit.status === 'idle') void guideEdit.open()
  }, [session.isCommunityStaff, guideEdit])
  usePullDownRefresh(() => void guideEdit.refresh().finally(() => Taro.stopPullDownRefresh()))
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='社区工作人员登录后编辑新居民指南' allowed={session.isCommunityStaff} deniedText='这一页只对社区工作人员开放。'>
        <View className='tx-page'>
          <GuideEditor store={guideEdit} />
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(GuideEditPage)
