import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { registrationFeature } from '@/features/registration'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { capabilitiesOf } from '@/domain/roles'
import { RegistrationFormView } from '@/features/registration/components/RegistrationFormView'

/** 代居民登记: staff register a resident in person (a senior without a smartphone); recorded as staff-entered. */
function RegisterForPage() {
  const { session } = useStores()
  const { registerFor } = useFeature(registrationFeature)
  const allowed = capabilitiesOf(session.me).registerForResidents
  useEffect(() => {
    if (allowed) registerFor.open()
  }, [allowed, registerFor])
  return (
    <PageShell signedOutDetail='社区工作人员登录后代居民登记' allowed={allowed} deniedText='这一页只对社区工作人员开放。'>
      <Text className='tx-card__title'>当面为居民登记，提交后直接生效，并记录为工作人员代登记。请先向居民说明隐私保护指引。</Text>
      {registerFor.lastRegistered && <Text className='tx-muted'>已为{registerFor.lastRegistered}完成登记，可以继续登记下一位。</Text>}
      <RegistrationFormView
        form={registerFor.form}
        mode='staff'
        canUseWechatPhone={false}
        submitting={registerFor.submitting}
        error={registerFor.error}
        onSubmit={() => void registerFor.submit()}
        onOpenPrivacy={() => void Taro.navigateTo({ url: ROUTES.privacy })}
      />
    </PageShell>
  )
}

export default observer(RegisterForPage)
