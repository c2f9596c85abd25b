import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { CareRefreshButton } from '@/components/CareRefreshButton'
import { MyRegistrationView } from '@/features/registration/components/MyRegistrationView'

/** 我的登记: status and reason of my registration; correct and resubmit a rejected one. */
function RegistrationPage() {
  const { registration } = useStores()
  const refresh = () => registration.loadMine()
  useScreen(null, { load: refresh, refresh })
  return (
    <PageShell signedOutDetail='登录后查看您的登记'>
      <MyRegistrationView store={registration} onRegister={() => void Taro.navigateTo({ url: ROUTES.register })} />
      <CareRefreshButton onRefresh={() => void refresh()} />
    </PageShell>
  )
}

export default observer(RegistrationPage)
