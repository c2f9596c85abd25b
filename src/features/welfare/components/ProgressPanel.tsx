import { Image, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { WelfareProgressPost } from '@contract/api-welfare'
import { FormField } from '@/components/FormField'
import { ToggleRow } from '@/components/ToggleRow'
import { Button } from '@/components/ui'
import { formatDateTime } from '@/domain/time'
import type { ApplicationDetailStore } from '../stores/application-detail-store'
import { FieldError } from '@/components/FieldError'
import { TextBox } from '@/components/TextBox'
import './welfare.css'

/** A funded project's progress updates and final report, newest first. */
export function ProgressPosts({ posts }: { posts: WelfareProgressPost[] }) {
  return (
    <View className='tx-card' role='list' aria-label='项目进展'>
      <Text className='tx-card__title'>项目进展</Text>
      {posts.length === 0 && <Text className='tx-muted'>还没有发布进展。</Text>}
      {posts.map((p) => (
        <View key={p.id} className='tx-timeline__step' role='listitem'>
          <Text className='tx-timeline__what'>{p.kind === 'report' ? '结项报告' : '进展'}</Text>
          <Text className='tx-muted'>{formatDateTime(p.at)}</Text>
          <Text>{p.text}</Text>
          {p.photos.map((ph) => (
            <Image key={ph.id} src={ph.url} mode='widthFix' aria-label={ph.name} />
          ))}
        </View>
      ))}
    </View>
  )
}

/** The applicant posts a progress update (text, optional photos) or the final report. */
export const ProgressForm = observer(function ProgressForm({ store }: { store: ApplicationDetailStore }) {
  if (!store.application?.can.postProgress) return null
  return (
    <View className='tx-card' role='region' aria-label='发布进展'>
      <Text className='tx-card__title'>发布进展</Text>
      <FormField label='进展内容'>
        <TextBox label='进展内容' value={store.progressText} onChange={(v) => store.setProgress(v)} />
      </FormField>
      <Text className='tx-muted'>{store.photos.length ? `已添加${store.photos.length}张照片` : '可以添加照片（可不加）'}</Text>
      <Button type='default' size='small' onClick={() => void store.addPhotos()}>
        添加照片
      </Button>
      <ToggleRow label='这是结项报告' detail='项目完成后提交一次，街道据此确认结项' on={store.progressFinal} onChange={(on) => store.setFinal(on)} />
      <FieldError error={store.actionError} />
      <Button type='primary' block loading={store.busy} onClick={() => void store.postProgress()}>
        {store.progressFinal ? '提交结项报告' : '发布进展'}
      </Button>
    </View>
  )
})
