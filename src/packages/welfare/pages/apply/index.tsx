import Taro, { useRouter, useUnload } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '../../../../app/PageShell'
import { useFeature } from '../../../../app/use-feature'
import { welfareFeature } from '../../../../features/welfare'
import { ROUTES } from '../../../../app/routes'
import { useStores } from '../../../../app/stores-context'
import { useSignedInLoad } from '../../../../app/use-signed-in-load'
import { SessionGate } from '../../../../components/SessionGate'
import { ApplicationForm } from '../../../../features/welfare/components/ApplicationForm'

/** 申请彩虹桥项目 (?programmeId, and ?id to continue a draft or a returned application). Saved as it is typed. */
function ApplyPage() {
  const { session } = useStores()
  const welfare = useFeature(welfareFeature)
  const { programmeId = '', id } = useRouter().params
  const form = welfare.form
  useSignedInLoad(() => {
    // Coming back to the page keeps what is being typed; only a different application starts over.
    if (form.status !== 'ready' || form.programme?.id !== programmeId || (id && form.applicationId !== id)) void form.start(programmeId, id ?? null)
  })
  // Leaving the page saves what is waiting for the pause.
  useUnload(() => void form.flush())
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='登录并完成住户认证后申请彩虹桥项目'>
        <View className='tx-page'>
          <ApplicationForm store={form} onSubmitted={(appId) => void Taro.redirectTo({ url: ROUTES.welfareApplication(appId) })} />
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(ApplyPage)
