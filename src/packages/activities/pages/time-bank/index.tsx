import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { activitiesFeature } from '@/features/activities'
import { ROUTES } from '@/app/routes'
import { useScreen } from '@/app/use-screen'
import { TimeBankView } from '@/features/activities/components/TimeBankView'

/** 我的时间银行. */
function TimeBankPage() {
  const activities = useFeature(activitiesFeature)
  useScreen(null, { load: () => activities.timeBank.load(), refresh: () => activities.timeBank.load() })
  return (
    <PageShell signedOutDetail='登录后查看我的志愿时长'>
      <TimeBankView store={activities.timeBank} onCertificate={(name, hours) => void Taro.navigateTo({ url: ROUTES.timeBankCertificate(name, hours) })} />
    </PageShell>
  )
}

export default observer(TimeBankPage)
