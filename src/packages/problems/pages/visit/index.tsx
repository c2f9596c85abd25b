import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { problemsFeature } from '@/features/problems'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { capabilitiesOf } from '@/domain/roles'
import { ReportForm } from '@/features/problems/components/ReportForm'

/** 走访登记: a problem collected in person (the 15th's visit day) recorded for a resident of a building. */
function VisitRecordPage() {
  const { session } = useStores()
  const problems = useFeature(problemsFeature)
  const allowed = capabilitiesOf(session.me).handleProblems
  useEffect(() => {
    if (allowed) void problems.visit.start('visit')
  }, [allowed, problems.visit])
  return (
    <PageShell signedOutDetail='工作人员、红管家和网格长登录后登记走访问题' allowed={allowed} deniedText='这一页只对网格长、楼道红管家和社区、街道工作人员开放。'>
      <ReportForm store={problems.visit} simple={false} onSent={(id) => void Taro.redirectTo({ url: ROUTES.problemDetail(id) })} onRegister={() => undefined} />
    </PageShell>
  )
}

export default observer(VisitRecordPage)
