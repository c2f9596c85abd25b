import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { registrationFeature } from '@/features/registration'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { capabilitiesOf } from '@/domain/roles'
import { CareRefreshButton } from '@/components/CareRefreshButton'
import { Button } from '@/components/ui'
import { ReviewFilters } from '@/features/registration/components/ReviewFilters'
import { ReviewQueue } from '@/features/registration/components/ReviewQueue'

/** 住户登记审核: the community's registrations, filtered by status, compound and date. */
function RegistrationsPage() {
  const { session } = useStores()
  const { review } = useFeature(registrationFeature)
  const can = capabilitiesOf(session.me)
  useScreen(null, {
    when: can.reviewRegistrations,
    reload: 'once',
    load: () => review.status === 'idle' && review.openQueue(),
    refresh: () => review.refresh(),
    more: () => review.loadMore(),
  })
  return (
    <PageShell signedOutDetail='社区工作人员登录后审核住户登记' allowed={can.reviewRegistrations}>
      {can.registerForResidents && (
        <Button className='tx-page__action' type='primary' block onClick={() => void Taro.navigateTo({ url: ROUTES.registerFor })}>
          代居民登记
        </Button>
      )}
      <ReviewFilters store={review} />
      <ReviewQueue store={review} onOpen={(id) => void Taro.navigateTo({ url: ROUTES.review(id) })} />
      <CareRefreshButton onRefresh={() => void review.refresh()} />
    </PageShell>
  )
}

export default observer(RegistrationsPage)
