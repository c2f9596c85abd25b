import { Image, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { FormField } from '@/components/FormField'
import { StateView } from '@/components/StateView'
import { Button } from '@/components/ui'
import { HELP_LIMITS } from '@/domain/help'
import type { StewardProfileStore } from '../stores/steward-profile-store'
import { FieldError } from '@/components/FieldError'
import { TextBox } from '@/components/TextBox'
import { TextField } from '@/components/TextField'
import './help.css'

/** 我的红管家名片: photo, introduction, duty hours; what the residents of one's buildings see on home. */
export const StewardCardForm = observer(function StewardCardForm({ store }: { store: StewardProfileStore }) {
  if (store.status === 'idle' || store.status === 'loading') return <StateView kind='loading' title='正在加载…' />
  if (store.status === 'error') return <StateView kind='error' title='无法打开名片' detail={store.error} actionText='重试' onAction={() => void store.load()} />
  return (
    <View className='tx-card tx-help-form'>
      <Text className='tx-muted'>{`负责楼栋：${store.buildings.map((b) => b.name).join('、')}`}</Text>
      <FormField label='照片（可不放）' hint='居民在首页的红管家卡片上看到'>
        <View className='tx-help-row__head'>
          {store.photoUrl ? <Image className='tx-steward-photo' src={store.photoUrl} mode='aspectFill' aria-label='我的照片' /> : <View className='tx-steward-photo' aria-hidden />}
          <Button type='default' loading={store.uploading} onClick={() => void store.pickPhoto()}>
            {store.photoUrl ? '换一张' : '选择照片'}
          </Button>
          {store.photoUrl && (
            <Button type='default' onClick={() => store.removePhoto()}>
              去掉照片
            </Button>
          )}
        </View>
      </FormField>
      <FormField label='简介' hint={store.introCounter}>
        <TextBox label='简介' placeholder='例如：退休党员，平时在家，代买代办、陪同看病都可以找我。' maxlength={HELP_LIMITS.introMax + 20} value={store.intro} onChange={(v) => store.set('intro', v)} />
      </FormField>
      <TextField label='值守时间' hint={`最多${HELP_LIMITS.dutyHoursMax}字`} placeholder='例如：工作日 18:00-20:00' value={store.dutyHours} onChange={(v) => store.set('dutyHours', v)} />
      <FieldError error={store.error} />
      <Button type='primary' block loading={store.saving} onClick={() => void store.save()}>
        保存名片
      </Button>
      <Text className='tx-help-note'>您的手机号不会显示给居民：首页只显示打码的号码，居民点“打电话”时才会拨出。</Text>
    </View>
  )
})
