import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '../../../../app/PageShell'
import { useFeature } from '../../../../app/use-feature'
import { welfareFeature } from '../../../../features/welfare'
import { ROUTES } from '../../../../app/routes'
import { StateView } from '../../../../components/StateView'
import { formatYuanText } from '../../../../domain/money'
import { formatDate } from '../../../../domain/time'
import { WELFARE_STATUS_LABELS } from '../../../../domain/welfare'
import { ProgressPosts } from '../../../../features/welfare/components/ProgressPanel'

/** 资助项目: a funded project as everyone sees it, with its progress. */
function ProjectPage() {
  const welfare = useFeature(welfareFeature)
  const id = useRouter().params.id ?? ''
  const v = welfare.funded.project
  useEffect(() => void welfare.funded.open(id), [welfare, id])
  usePullDownRefresh(() => void welfare.funded.open(id).finally(() => Taro.stopPullDownRefresh()))
  useShareAppMessage(() => ({ title: v.value ? `彩虹桥资助项目：${v.value.name}` : '彩虹桥资助项目', path: ROUTES.welfareProject(id) }))
  if (v.status === 'idle' || v.status === 'loading') return <PageShell><StateView kind='loading' title='正在加载…' /></PageShell>
  if (v.status === 'error' || !v.value) return <PageShell><StateView kind='error' title='无法打开这个项目' detail={v.error} actionText='重试' onAction={() => void welfare.funded.open(id)} /></PageShell>
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
