import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { FormField } from '@/components/FormField'
import { StateView } from '@/components/StateView'
import { Button, Tag } from '@/components/ui'
import { HELP_LIMITS } from '@/domain/help'
import { formatDateTime } from '@/domain/time'
import type { HelpDetailStore } from '../stores/help-detail-store'
import { HelpTimeline } from './HelpTimeline'
import { FieldError } from '@/components/FieldError'
import { TextBox } from '@/components/TextBox'
import './help.css'

export interface HelpDetailViewProps {
  store: HelpDetailStore
  /** Asked before cancelling; true to go on. */
  confirmCancel: () => Promise<boolean>
}

/** One request: its state, what was asked, every step, and the caller's actions. */
export const HelpDetailView = observer(function HelpDetailView({ store, confirmCancel }: HelpDetailViewProps) {
  const d = store.detail
  if (store.status === 'idle' || store.status === 'loading') return <StateView kind='loading' title='正在加载…' />
  if (store.status === 'error' || !d) return <StateView kind='error' title='无法打开这条求助' detail={store.error} actionText='重试' onAction={() => void store.reload()} />
  const cancel = async () => {
    if (await confirmCancel()) await store.cancel()
  }
  return (
    <View className='tx-help-detail'>
      <View className='tx-card' role='region' aria-label='求助'>
        <View className='tx-help-status' role='status'>
          {store.statusLabel}
        </View>
        <View className='tx-help-row__head'>
          {d.urgent && <Tag type='danger'>紧急</Tag>}
          <Text className='tx-help-row__kind'>{d.kind}</Text>
        </View>
        {d.text && <Text className='tx-help-row__text'>{d.text}</Text>}
        {d.requester && (
          <Text className='tx-muted'>{`求助人：${d.requester.name} · ${d.buildingName}${d.requester.room ?? ''} · ${d.requester.maskedPhone}`}</Text>
        )}
        {d.acceptedBy && <Text className='tx-muted'>{`受理人：${d.acceptedBy.name}`}</Text>}
        {d.escalatesAt && <Text className='tx-muted'>{`若到 ${formatDateTime(d.escalatesAt)} 仍无人受理，将转社区工作人员处理。`}</Text>}
      </View>
      <View className='tx-card'>
        <Text className='tx-card__title'>处理进度</Text>
        <HelpTimeline events={d.events} />
      </View>
      <FieldError error={store.actionError} />
      <View className='tx-help-actions'>
        {d.can.accept && (
          <Button type='primary' block loading={store.busy === 'accept'} onClick={() => void store.accept()}>
            我来受理
          </Button>
        )}
        {d.can.reply && (
          <View className='tx-card'>
            <FormField label='回复'>
              <TextBox label='回复内容' maxlength={HELP_LIMITS.replyMax} value={store.replyText} onChange={(v) => store.setReply(v)} />
            </FormField>
            <Button type='primary' block loading={store.busy === 'reply'} onClick={() => void store.reply()}>
              发送回复
            </Button>
          </View>
        )}
        {d.can.resolve && (
          <View className='tx-card'>
            <FormField label='处理结果' hint={`最多${HELP_LIMITS.noteMax}字`}>
              <TextBox label='处理结果' maxlength={HELP_LIMITS.noteMax} value={store.resolveNote} onChange={(v) => store.setNote(v)} />
            </FormField>
            <Button type='default' block loading={store.busy === 'resolve'} onClick={() => void store.resolve()}>
              标记已解决
            </Button>
          </View>
        )}
        {d.can.cancel && (
          <Button type='default' block loading={store.busy === 'cancel'} onClick={() => void cancel()}>
            取消求助
          </Button>
        )}
      </View>
    </View>
  )
})
