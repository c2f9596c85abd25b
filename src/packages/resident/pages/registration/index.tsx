import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '../../../../app/PageShell'
import { ROUTES } from '../../../../app/routes'
import { useStores } from '../../../../app/stores-context'
import { useScreen } from '../../../../app/use-screen'
import { SessionGate } from '../../../../components/SessionGate'
import { Button } from '../../../../components/ui'
import { MyRegistrationView } from '../../../../features/registration/components/MyRegistrationView'

/** 我的登记: status and reason of my registration; correct and resubmit a rejected one. */
function RegistrationPage() {
  const { session, registration } = useStores()
  const refresh = () => registration.loadMine()
  useScreen(null, { load: refresh, refresh })
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='登录后查看您的登记'>
        <View className='tx-page'>
          <MyRegistrationView store={registration} onRegister={() => void Taro.navigateTo({ url: ROUTES.register })} />
          <Button className='tx-care-only' type='default' block onClick={() => void refresh()}>
            刷新
          </Button>
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(RegistrationPage)
