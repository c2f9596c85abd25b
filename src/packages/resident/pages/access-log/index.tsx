import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { privacyFeature } from '@/features/privacy'
import { useScreen } from '@/app/use-screen'
import { CareRefreshButton } from '@/components/CareRefreshButton'
import { AccessLogList } from '@/features/privacy/components/AccessLogList'

/** 谁查看过我的资料: each time staff or a steward opened my full profile. */
function AccessLogPage() {
  const { accessLog } = useFeature(privacyFeature)
  useScreen(accessLog)
  return (
    <PageShell signedOutDetail='登录后查看谁查看过您的资料'>
      <AccessLogList store={accessLog} />
      <CareRefreshButton onRefresh={() => void accessLog.refresh()} />
    </PageShell>
  )
}

export default observer(AccessLogPage)
