import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useSignedInLoad } from '@/app/use-signed-in-load'
import { RegisterScreen } from '@/features/registration/components/RegisterScreen'
import { registrationSchemaErrors } from '@/features/registration/stores/registration-schema'

/** 住户登记: the registration form, after the privacy authorisation, with the draft restored. */
function RegisterPage() {
  const { registration, platform } = useStores()
  // The contract schema (valibot) lives in this subpackage, not in the main package that holds the store.
  useEffect(() => registration.form.checkWith(registrationSchemaErrors), [registration])
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
