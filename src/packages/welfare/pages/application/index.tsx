import Taro, { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { welfareFeature } from '@/features/welfare'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { confirmAction } from '@/components/confirm'
import { ApplicationDetailView } from '@/features/welfare/components/ApplicationDetailView'

/** 申请详情: the applicant follows every step here; reviewers review from here. Opened from notifications too. */
function ApplicationPage() {
  const { platform } = useStores()
  const welfare = useFeature(welfareFeature)
  const id = useRouter().params.id ?? ''
  useScreen(null, { when: !!id, load: () => welfare.detail.open(id), refresh: () => welfare.detail.refresh() })
  return (
    <PageShell signedOutDetail='登录后查看申请进度'>
      <ApplicationDetailView
        store={welfare.detail}
        confirm={confirmAction}
        onOpenDocument={(url) => void platform.openDocument(url).catch(() => platform.toast('文件打不开，请稍后再试。'))}
        onEdit={(programmeId, appId) => void Taro.navigateTo({ url: ROUTES.welfareApply(programmeId, appId) })}
      />
    </PageShell>
  )
}

export default observer(ApplicationPage)
