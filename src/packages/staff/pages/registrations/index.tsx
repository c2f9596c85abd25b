import { useEffect } from 'react'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '../../../../app/PageShell'
import { useFeature } from '../../../../app/use-feature'
import { registrationFeature } from '../../../../features/registration'
import { ROUTES } from '../../../../app/routes'
import { useStores } from '../../../../app/stores-context'
import { SessionGate } from '../../../../components/SessionGate'
import { Button } from '../../../../components/ui'
import { ReviewFilters } from '../../../../features/registration/components/ReviewFilters'
import { ReviewQueue } from '../../../../features/registration/components/ReviewQueue'

/** 住户登记审核: the community's registrations, filtered by status, compound and date. */
function RegistrationsPage() {
  const { session } = useStores()
  const { review } = useFeature(registrationFeature)
  useEffect(() => {
    if (session.isStaff && review.status === 'idle') void review.openQueue()
  }, [session.isStaff, review])
  usePullDownRefresh(() => void review.refresh().finally(() => Taro.stopPullDownRefresh()))
  useReachBottom(() => void review.loadMore())
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='社区工作人员登录后审核住户登记' allowed={session.isStaff}>
        <View className='tx-page'>
          {session.isCommunityStaff && (
            <Button className='tx-page__action' type='primary' block onClick={() => void Taro.navigateTo({ url: ROUTES.registerFor })}>
              代居民登记
            </Button>
          )}
          <ReviewFilters store={review} />
          <ReviewQueue store={review} onOpen={(id) => void Taro.navigateTo({ url: ROUTES.review(id) })} />
          <Button className='tx-care-only' type='default' block onClick={() => void review.refresh()}>
            刷新
          </Button>
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(RegistrationsPage)
