import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { activitiesFeature } from '@/features/activities'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { capabilitiesOf } from '@/domain/roles'
import { StateView } from '@/components/StateView'
import { ActivityForm } from '@/features/activities/components/ActivityForm'

/** 发起活动 (community and street staff). */
function CreateActivityPage() {
  const { session } = useStores()
  const activities = useFeature(activitiesFeature)
  const can = capabilitiesOf(session.me)
  const submit = async () => {
    const id = await activities.form.submit()
    if (!id) return
    void activities.list.list.load()
    void Taro.redirectTo({ url: ROUTES.activityDetail(id) })
  }
  return (
    <PageShell signedOutDetail='登录后发起活动'>
      {can.createActivities ? (
        <ActivityForm store={activities.form} campaign={can.streetStaff ? activities.list.campaign : null} onSubmit={() => void submit()} />
      ) : (
        <StateView kind='empty' title='只有社区或街道工作人员可以发起活动' />
      )}
    </PageShell>
  )
}

export default observer(CreateActivityPage)
