import { useEffect } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { problemsFeature } from '@/features/problems'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { Button } from '@/components/ui'
import { ReportForm } from '@/features/problems/components/ReportForm'

/** 反映问题: a resident reports a problem; in care mode (or ?simple=1) three simple steps. */
function ReportProblemPage() {
  const { session, care } = useStores()
  const problems = useFeature(problemsFeature)
  const params = useRouter().params
  const simple = care.enabled || params.simple === '1'
  const signedIn = session.isSignedIn
  useEffect(() => {
    if (signedIn) void problems.report.start('resident')
  }, [signedIn, problems.report])
  const sent = (id: string) => {
    void problems.mine.load()
    void Taro.redirectTo({ url: ROUTES.problemDetail(id) })
  }
  return (
    <PageShell signedOutDetail='登录后可以反映问题，并随时查看办理进度'>
      <ReportForm store={problems.report} simple={simple} onSent={sent} onRegister={() => void Taro.navigateTo({ url: ROUTES.register })} />
      <Button className='tx-page__action' type='default' block onClick={() => void Taro.navigateTo({ url: ROUTES.problemMine })}>
        我反映的问题
      </Button>
    </PageShell>
  )
}

export default observer(ReportProblemPage)
