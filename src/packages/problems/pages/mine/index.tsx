import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { problemsFeature } from '@/features/problems'
import { ROUTES } from '@/app/routes'
import { useScreen } from '@/app/use-screen'
import { Button } from '@/components/ui'
import { ProblemList } from '@/features/problems/components/ProblemList'

/** 我反映的问题: every problem the person reported (or that was recorded for them on a visit), with its step. */
function MyProblemsPage() {
  const problems = useFeature(problemsFeature)
  useScreen(problems.mine, { more: () => problems.mine.loadMore() })
  return (
    <PageShell signedOutDetail='登录后查看您反映的问题和办理进度'>
      <Button className='tx-page__action' type='primary' block onClick={() => void Taro.navigateTo({ url: ROUTES.problemReport() })}>
        反映新问题
      </Button>
      <ProblemList
        list={problems.mine}
        emptyTitle='您还没有反映过问题'
        emptyDetail='楼道、卫生、安全、邻里的事都可以反映，网格长会在1个工作日内答复。'
        onOpen={(id) => void Taro.navigateTo({ url: ROUTES.problemDetail(id) })}
      />
    </PageShell>
  )
}

export default observer(MyProblemsPage)
