import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { welfareFeature } from '@/features/welfare'
import { ROUTES } from '@/app/routes'
import { useScreen } from '@/app/use-screen'
import { formatYuanText } from '@/domain/money'
import { formatDate } from '@/domain/time'
import { WELFARE_STATUS_LABELS } from '@/domain/welfare'
import { ProgressPosts } from '@/features/welfare/components/ProgressPanel'

/** 资助项目: a funded project as everyone sees it, with its progress. */
function ProjectPage() {
  const welfare = useFeature(welfareFeature)
  const id = useRouter().params.id ?? ''
  const v = welfare.funded.project
  const open = () => welfare.funded.open(id)
  // Public, like 彩虹桥; a project that did not come back counts as one that failed to open.
  const { state } = useScreen(
    { status: v.status === 'ready' && !v.value ? 'error' : v.status, error: v.error, refreshing: false, load: open, refresh: open },
    { anonymous: true, reload: 'once', key: id, errorTitle: '无法打开这个项目' },
  )
  useShareAppMessage(() => ({ title: v.value ? `彩虹桥资助项目：${v.value.name}` : '彩虹桥资助项目', path: ROUTES.welfareProject(id) }))
  if (state || !v.value) return <PageShell>{state}</PageShell>
  const p = v.value
  return (
    <PageShell>
      <View className='tx-page tx-welfare'>
        <View className='tx-card'>
          <Text className='tx-welfare__title'>{p.name}</Text>
          <Text>{`${WELFARE_STATUS_LABELS[p.status]} · ${p.category}`}</Text>
          <Text className='tx-welfare__money'>{`资助 ${formatYuanText(p.amountFen)}`}</Text>
          <Text>{`申请方：${p.applicantName}`}</Text>
          <Text>{`服务社区：${p.communities.join('、')}`}</Text>
          {p.startDate && <Text>{`实施时间：${formatDate(p.startDate)}至${formatDate(p.endDate)}`}</Text>}
          <Text>{p.description}</Text>
          <Text className='tx-muted'>{`预期成效：${p.outcomes}`}</Text>
        </View>
        <ProgressPosts posts={p.progress} />
      </View>
    </PageShell>
  )
}

export default observer(ProjectPage)
