import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { StateView } from '@/components/StateView'
import { Button, Tag } from '@/components/ui'
import { formatYuanText } from '@/domain/money'
import { formatDate } from '@/domain/time'
import { APPLICANT_KIND_LABELS, WELFARE_STATUS_LABELS } from '@/domain/welfare'
import type { ApplicationDetailStore } from '../stores/application-detail-store'
import { Attachments } from './Attachments'
import { ProgressForm, ProgressPosts } from './ProgressPanel'
import { ReviewPanel } from './ReviewPanel'
import { Timeline } from './Timeline'
import './welfare.css'

export interface ApplicationDetailProps {
  store: ApplicationDetailStore
  onEdit: (programmeId: string, id: string) => void
  confirm: (title: string, content: string) => Promise<boolean>
  /** Opens an attached PDF (WeChat's document viewer, a browser tab). */
  onOpenDocument?: (url: string) => void
}

/** One application: what it asks for, its timeline, and what the caller may do now. */
export const ApplicationDetailView = observer(function ApplicationDetailView({ store, onEdit, confirm, onOpenDocument }: ApplicationDetailProps) {
  const v = store.view
  if (v.status === 'idle' || v.status === 'loading') return <StateView kind='loading' title='正在加载…' />
  if (v.status === 'error' || !v.value) return <StateView kind='error' title='无法打开这份申请' detail={v.error} actionText='重试' onAction={() => void store.refresh()} />
  const a = v.value
  const f = a.fields
  const withdraw = async () => {
    if (await confirm('撤回申请', '撤回后这份申请不再审核，确定撤回吗？')) await store.withdraw()
  }
  const complete = async () => {
    if (await confirm('确认结项', '确认这个项目已按计划完成吗？')) await store.complete()
  }
  return (
    <View className='tx-welfare'>
      <View className='tx-card' aria-label='申请概况'>
        <Text className='tx-welfare__title'>{f.projectName || '未命名项目'}</Text>
        <View className='tx-welfare__row'>
          <Tag type='danger'>{WELFARE_STATUS_LABELS[a.status]}</Tag>
          {f.category && <Tag type='info'>{f.category}</Tag>}
        </View>
        <Text className='tx-muted'>{a.programme.name}</Text>
        <Text>{`申请金额 ${formatYuanText(f.totalFen ?? 0)}`}</Text>
        {a.approvedFen !== null && <Text className='tx-welfare__money'>{`批准金额 ${formatYuanText(a.approvedFen)}`}</Text>}
        <Text>{`申请主体：${APPLICANT_KIND_LABELS[f.applicantKind ?? 'self']} ${f.applicantKind && f.applicantKind !== 'self' ? (f.orgName ?? '') : a.applicantName}`}</Text>
        <Text className='tx-muted'>{`公示名称：${a.publicName}`}</Text>
        <Text>{`受益对象：${f.beneficiaries ?? ''}${f.beneficiaryCount ? `，约${f.beneficiaryCount}人` : ''}`}</Text>
        <Text>{`服务社区：${a.communities.map((c) => c.name).join('、')}`}</Text>
        {f.startDate && f.endDate && <Text>{`实施时间：${formatDate(f.startDate)}至${formatDate(f.endDate)}`}</Text>}
      </View>
      <View className='tx-card' role='list' aria-label='预算明细'>
        <Text className='tx-card__title'>预算明细</Text>
        {(f.items ?? []).map((it, i) => (
          <View key={i} className='tx-welfare__row' role='listitem'>
            <Text>{it.name}</Text>
            <Text>{formatYuanText(it.amountFen)}</Text>
          </View>
        ))}
        <Text className='tx-welfare__money'>{`合计 ${formatYuanText(f.totalFen ?? 0)}`}</Text>
      </View>
      {(f.description || f.outcomes) && (
        <View className='tx-card'>
          <Text className='tx-card__title'>项目简介</Text>
          <Text>{f.description ?? ''}</Text>
          <Text className='tx-card__title'>预期成效</Text>
          <Text>{f.outcomes ?? ''}</Text>
        </View>
      )}
      <Attachments items={a.attachments ?? []} onOpenDocument={onOpenDocument} />
      <Timeline events={a.timeline} />
      {store.actionError && !a.can.firstReview && !a.can.finalDecision && !a.can.postProgress && (
        <View className='tx-field__error' role='alert'>
          {store.actionError}
        </View>
      )}
      <View className='tx-welfare__actions'>
        {a.can.edit && (
          <Button type='primary' block onClick={() => onEdit(a.programme.id, a.id)}>
            {a.status === 'revise' ? '修改后重新提交' : '继续填写'}
          </Button>
        )}
        {a.can.withdraw && (
          <Button type='default' block disabled={store.busy} onClick={() => void withdraw()}>
            撤回申请
          </Button>
        )}
        {a.can.complete && (
          <Button type='primary' block loading={store.busy} onClick={() => void complete()}>
            确认结项
          </Button>
        )}
      </View>
      <ReviewPanel store={store} onDone={() => undefined} />
      {(a.status === 'approved' || a.status === 'completed') && <ProgressPosts posts={a.progress} />}
      <ProgressForm store={store} />
    </View>
  )
})
