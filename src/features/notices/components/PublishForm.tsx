import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { DateField } from '@/components/DateField'
import { FormField } from '@/components/FormField'
import { SelectField } from '@/components/SelectField'
import { StateView } from '@/components/StateView'
import { ToggleRow } from '@/components/ToggleRow'
import { Button } from '@/components/ui'
import { NOTICE_CATEGORIES, NOTICE_LIMITS, SCOPE_LABELS } from '@/domain/notice'
import { isoDay, isoDayAfterMonths } from '@/domain/time'
import type { PublishFormStore } from '../stores/publish-form-store'
import { NoticeBody } from './NoticeBody'
import { NoticeImages } from './NoticeImages'
import { FieldError } from '@/components/FieldError'
import { TextBox } from '@/components/TextBox'
import { TextField } from '@/components/TextField'
import './notices.css'
import './notice-detail.css'

export interface PublishFormProps {
  store: PublishFormStore
  onPublished: (id: string) => void
  onPreviewImage?: (url: string, all: string[]) => void
  /** Asks before deleting a draft; resolves true to go ahead. */
  confirm?: (title: string, content: string) => Promise<boolean>
}

/** 发布公告: where, title, body, category, flags and dates, checked as typed; then a preview. */
export const PublishForm = observer(function PublishForm({ store, onPublished, onPreviewImage, confirm }: PublishFormProps) {
  if (store.targetsStatus === 'idle' || store.targetsStatus === 'loading') return <StateView kind='loading' title='正在加载…' />
  if (store.targetsStatus === 'error')
    return <StateView kind='error' title='无法发布' detail={store.serverError} actionText='重试' onAction={() => void store.start(store.editingId)} />
  if (store.targets.length === 0) return <StateView kind='empty' title='您暂时没有可以发布公告的范围' detail='楼道红管家和社区、街道工作人员可以发布公告。' />
  const d = store.draft
  const e = store.errors
  const submit = async () => {
    const id = await store.submit()
    if (id) onPublished(id)
  }
  if (store.previewing) {
    const target = store.targets[d.target]
    return (
      <View className='tx-notice-detail' role='region' aria-label='预览'>
        <View className='tx-card'>
          <Text className='tx-muted'>{`预览 · ${target ? `${SCOPE_LABELS[target.scope]} ${target.name}` : ''} · ${d.category}`}</Text>
          <Text className='tx-notice-detail__title'>{d.title.trim()}</Text>
          <NoticeBody body={d.body.trim()} onOpenLink={() => undefined} />
          <NoticeImages images={store.images} onPreview={onPreviewImage} />
        </View>
        <Button type='primary' block loading={store.submitting} onClick={() => void submit()}>
          {store.editingId ? '保存修改' : '确认发布'}
        </Button>
        <Button type='default' block onClick={() => store.backToEdit()}>
          返回修改
        </Button>
      </View>
    )
  }
  const today = isoDay()
  return (
    <View className='tx-card tx-notice-form'>
      <SelectField
        label='发布范围'
        options={store.targets.map((t) => `${SCOPE_LABELS[t.scope]} · ${t.name}`)}
        value={d.target >= 0 ? `${SCOPE_LABELS[store.targets[d.target]!.scope]} · ${store.targets[d.target]!.name}` : ''}
        placeholder='请选择发布到哪里'
        error={e.scope ?? e.targetId}
        onChange={(i) => store.set('target', i)}
      />
      <TextField label='标题' hint={store.titleCounter} error={e.title} placeholder='例如：明天上午停水' maxLength={NOTICE_LIMITS.titleMax + 10} value={d.title} onChange={(v) => store.set('title', v)} />
      <FormField label='正文' hint='可以换行；网址会显示为链接' error={e.body}>
        <TextBox label='正文' maxlength={NOTICE_LIMITS.bodyMax} value={d.body} onChange={(v) => store.set('body', v)} />
      </FormField>
      <FormField label={`图片（可不填，最多${NOTICE_LIMITS.imagesMax}张）`} error={e.imageIds}>
        <NoticeImages images={store.images} onPreview={onPreviewImage} onRemove={(id) => store.removeImage(id)} onAdd={store.canAddImages || store.uploading ? () => void store.addImages() : undefined} adding={store.uploading} />
      </FormField>
      <SelectField label='类别' options={[...NOTICE_CATEGORIES]} value={d.category} placeholder='请选择类别' error={e.category} onChange={(i) => store.set('category', NOTICE_CATEGORIES[i] ?? '')} />
      <ToggleRow label='置顶' detail='显示在公告最上面' on={d.pinned} onChange={(on) => store.set('pinned', on)} />
      <ToggleRow label='紧急' detail='停水停电、安全等需要马上知道的事' on={d.urgent} onChange={(on) => store.set('urgent', on)} />
      <DateField label='生效日期（可不填）' value={d.effectiveFrom} placeholder='立即生效' start={today} end={isoDayAfterMonths(12)} error={e.effectiveFrom} onChange={(v) => store.set('effectiveFrom', v)} />
      <DateField label='过期日期（可不填）' value={d.expiresAt} placeholder='不过期' start={today} end={isoDayAfterMonths(24)} error={e.expiresAt} onChange={(v) => store.set('expiresAt', v)} />
      <FieldError error={store.serverError} />
      <Button type='primary' block onClick={() => store.preview()}>
        预览
      </Button>
      {store.canSaveDraft && (
        <Button type='default' block loading={store.savingDraft} onClick={() => void store.saveDraft()}>
          {store.draftId ? '保存草稿' : '存草稿'}
        </Button>
      )}
      {store.draftId && (
        <Button
          type='default'
          block
          onClick={() => void (async () => {
            if (!confirm || (await confirm('删除草稿', '删除后无法恢复，确定删除这份草稿吗？'))) await store.deleteDraft()
          })()}
        >
          删除草稿
        </Button>
      )}
    </View>
  )
})
