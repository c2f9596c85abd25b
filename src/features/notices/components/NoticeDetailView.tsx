import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { StateView } from '@/components/StateView'
import { Button, Tag } from '@/components/ui'
import { NOTICE_LIMITS, SCOPE_LABELS } from '@/domain/notice'
import { ROLE_LABELS } from '@/domain/roles'
import { formatDateTime } from '@/domain/time'
import type { NoticeDetailStore } from '../stores/notice-detail-store'
import { NoticeBody } from './NoticeBody'
import { NoticeImages } from './NoticeImages'
import { ReadStatsCard } from './ReadStatsCard'
import { FieldError } from '@/components/FieldError'
import { TextBox } from '@/components/TextBox'
import './notices.css'
import './notice-detail.css'

export interface NoticeDetailViewProps {
  store: NoticeDetailStore
  /** Staff may hide a notice with a reason. */
  isStaff: boolean
  onOpenLink: (url: string) => void
  onEdit: (id: string) => void
  onPreviewImage?: (url: string, all: string[]) => void
  /** Asks before withdrawing or hiding; resolves true to go ahead. */
  confirm: (title: string, content: string) => Promise<boolean>
}

const STATUS_TEXT = { draft: '这是草稿，居民还看不到。', withdrawn: '此公告已被发布者撤回。', hidden: '此公告已被工作人员隐藏。' } as const

/** One notice in full; its managers see read receipts and 编辑 / 撤回, staff 隐藏. */
export const NoticeDetailView = observer(function NoticeDetailView({ store, isStaff, onOpenLink, onEdit, onPreviewImage, confirm }: NoticeDetailViewProps) {
  const n = store.notice
  if (store.status === 'error' && !n) return <StateView kind='error' title='打不开这条公告' detail={store.error} />
  if (!n) return <StateView kind='loading' title='正在加载…' />
  const live = n.status === 'published'
  const ask = async (title: string, content: string, run: () => Promise<boolean>) => {
    if (await confirm(title, content)) await run()
  }
  return (
    <View className='tx-notice-detail'>
      <View className='tx-card'>
        <View className='tx-notice-row__head'>
          {n.pinned && <Tag type='warning'>置顶</Tag>}
          {n.urgent && <Tag type='danger'>紧急</Tag>}
          <Tag type='info'>{n.category}</Tag>
        </View>
        <Text className='tx-notice-detail__title'>{n.title}</Text>
        <Text className='tx-muted'>
          {`${n.publisherName}（${ROLE_LABELS[n.publisherRole]}）· ${SCOPE_LABELS[n.scope]} ${n.scopeName}`}
        </Text>
        <Text className='tx-muted'>
          {formatDateTime(n.publishedAt)}
          {n.edited ? ' · 已编辑' : ''}
          {n.expired ? ' · 已过期' : ''}
        </Text>
        {n.status !== 'published' && (
          <Text className='tx-field__error'>
            {STATUS_TEXT[n.status]}
            {n.hiddenReason ? `原因：${n.hiddenReason}` : ''}
          </Text>
        )}
        <NoticeBody body={n.body} onOpenLink={onOpenLink} />
        <NoticeImages images={n.images} onPreview={onPreviewImage} />
        {(n.effectiveFrom || n.expiresAt) && (
          <Text className='tx-muted'>
            {n.effectiveFrom ? `生效：${formatDateTime(n.effectiveFrom)}　` : ''}
            {n.expiresAt ? `截止：${formatDateTime(n.expiresAt)}` : ''}
          </Text>
        )}
      </View>
      {n.canManage && n.status !== 'draft' && <ReadStatsCard stats={store.stats} error={store.statsError} />}
      {n.canManage && live && (
        <View className='tx-notice-detail__actions'>
          <Button type='primary' block onClick={() => onEdit(n.id)}>
            编辑
          </Button>
          <Button type='default' block loading={store.busy} onClick={() => void ask('撤回公告', '撤回后居民将看不到这条公告，确定撤回吗？', () => store.withdraw())}>
            撤回
          </Button>
        </View>
      )}
      {isStaff && live && (
        <View className='tx-card'>
          <Text className='tx-field__label'>隐藏原因</Text>
          <TextBox label='隐藏原因' placeholder='例如：内容与社区事务无关' maxlength={NOTICE_LIMITS.hideReasonMax} value={store.hideReason} onChange={(v) => store.setHideReason(v)} />
          <FieldError error={store.hideError} />
          <Button type='danger' block loading={store.busy} onClick={() => void ask('隐藏公告', '隐藏后居民看不到这条公告，记录会保留。确定隐藏吗？', () => store.hide())}>
            隐藏
          </Button>
        </View>
      )}
    </View>
  )
})
