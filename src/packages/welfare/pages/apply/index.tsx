import Taro, { useRouter, useUnload } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { welfareFeature } from '@/features/welfare'
import { ROUTES } from '@/app/routes'
import { useSignedInLoad } from '@/app/use-signed-in-load'
import { ApplicationForm } from '@/features/welfare/components/ApplicationForm'

/** 申请彩虹桥项目 (?programmeId, and ?id to continue a draft or a returned application). Saved as it is typed. */
function ApplyPage() {
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
    <PageShell signedOutDetail='登录并完成住户认证后申请彩虹桥项目'>
      <ApplicationForm store={form} onSubmitted={(appId) => void Taro.redirectTo({ url: ROUTES.welfareApplication(appId) })} />
    </PageShell>
  )
}

export default observer(ApplyPage)
