import { Picker, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { DateField } from '@/components/DateField'
import { FormField } from '@/components/FormField'
import { SelectField } from '@/components/SelectField'
import { ToggleRow } from '@/components/ToggleRow'
import { Button } from '@/components/ui'
import { ACTIVITY_THEMES } from '@/domain/activity'
import { isoDay, isoDayAfterMonths } from '@/domain/time'
import { DEADLINE_CHOICES, type ActivityFormStore } from '../stores/activity-form-store'
import type { ActivityTheme } from '@contract/api-activities'
import { FieldError } from '@/components/FieldError'
import { TextBox } from '@/components/TextBox'
import { TextField } from '@/components/TextField'
import './activities.css'

function TimeField({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <FormField label={label}>
      <Picker mode='time' value={value} aria-label={label} onChange={(e) => onChange(e.detail.value)}>
        <View className='tx-field__picker'>{value}</View>
      </Picker>
    </FormField>
  )
}

/** 发起活动: title, theme, day and times, place, places, deadline, organiser; errors in words under each field. */
function ActivityFormView({ store, campaign, onSubmit }: { store: ActivityFormStore; campaign: { id: string; name: string } | null; onSubmit: () => void }) {
  const e = store.errors
  const deadlineLabels = DEADLINE_CHOICES.map((h) => `活动开始前${h}小时`)
  return (
    <View className='tx-card tx-notice-form'>
      <TextField label='活动名称' error={e.title} placeholder='例如：清洁家园大扫除' value={store.title} onChange={(v) => store.set('title', v)} />
      <SelectField label='主题' options={[...ACTIVITY_THEMES]} value={store.theme} placeholder='请选择' error={e.theme} onChange={(i) => store.set('theme', ACTIVITY_THEMES[i] as ActivityTheme)} />
      {campaign && (
        <ToggleRow label='召集令每个周六' detail={`在“${campaign.name}”尚未开始的每个周六各发起一场`} on={store.campaignId === campaign.id} onChange={(on) => store.setCampaign(on ? campaign.id : null)} />
      )}
      {!store.campaignId && <DateField label='日期' value={store.day} placeholder='请选择日期' start={isoDay()} end={isoDayAfterMonths(12)} error={e.startsAt} onChange={(v) => store.set('day', v)} />}
      <TimeField label='开始时间' value={store.startTime} onChange={(v) => store.set('startTime', v)} />
      <TimeField label='结束时间' value={store.endTime} onChange={(v) => store.set('endTime', v)} />
      {e.endsAt && <Text className='tx-field__error'>{e.endsAt}</Text>}
      <TextField label='集合地点' error={e.place} placeholder='例如：杨家门社区党群服务中心门口' value={store.placeText} onChange={(v) => store.set('placeText', v)} />
      <TextField label='招募人数' error={e.capacity} type='number' value={store.capacity} onChange={(v) => store.set('capacity', v)} />
      <SelectField
        label='报名截止'
        options={deadlineLabels}
        value={deadlineLabels[DEADLINE_CHOICES.indexOf(store.deadlineHours as (typeof DEADLINE_CHOICES)[number])] ?? ''}
        placeholder='请选择'
        error={e.signupDeadline}
        onChange={(i) => store.set('deadlineHours', DEADLINE_CHOICES[i])}
      />
      <FormField label='活动说明' hint='选填' error={e.description}>
        <TextBox label='活动说明' maxlength={500} value={store.description} onChange={(v) => store.set('description', v)} />
      </FormField>
      <TextField label='请携带' hint='选填，例如：手套、水杯' error={e.bring} value={store.bring} onChange={(v) => store.set('bring', v)} />
      <TextField label='固定时长（小时）' hint='选填；不填则按签到签退计算' error={e.fixedHours} name='固定时长' type='digit' value={store.fixedHours} onChange={(v) => store.set('fixedHours', v)} />
      <TextField label='组织者手机号' hint='选填；不填则由您组织。可填本社区的红管家、网格长或居民' error={e.organiserPhone} type='number' value={store.organiserPhone} onChange={(v) => store.set('organiserPhone', v)} />
      <FieldError error={store.serverError} />
      <Button type='primary' block size='large' loading={store.busy} onClick={onSubmit}>
        发布活动
      </Button>
    </View>
  )
}

export const ActivityForm = observer(ActivityFormView)
