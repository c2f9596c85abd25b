import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useFeature } from '@/app/use-feature'
import { residentRegistrationFeature } from '@/features/registration/resident'
import { useSignedInLoad } from '@/app/use-signed-in-load'
import { RegisterScreen } from '@/features/registration/components/RegisterScreen'

/** 住户登记: the registration form, after the privacy authorisation, with the draft restored. */
function RegisterPage() {
  const { platform } = useStores()
  const { registration } = useFeature(residentRegistrationFeature)
  useSignedInLoad(() => {
    // Re-showing the page keeps what is being typed; only a page not yet editing opens afresh.
    if (registration.phase !== 'editing') void registration.openForm()
  })
  return (
    <PageShell signedOutDetail='登录后登记您的住址'>
      <RegisterScreen
        store={registration}
        canUseWechatPhone={platform.name === 'weapp'}
        onSubmitted={() => void Taro.redirectTo({ url: ROUTES.registration })}
        onOpenStatus={() => void Taro.redirectTo({ url: ROUTES.registration })}
        onOpenPrivacy={() => void Taro.navigateTo({ url: ROUTES.privacy })}
      />
    </PageShell>
  )
}

export default observer(RegisterPage)
