import { Image, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { FormField } from '@/components/FormField'
import { SelectField } from '@/components/SelectField'
import { StateView } from '@/components/StateView'
import { ToggleRow } from '@/components/ToggleRow'
import { Button } from '@/components/ui'
import { PROBLEM_CATEGORIES, PROBLEM_LIMITS } from '@/domain/problem'
import type { ReportFormStore } from '../stores/report-form-store'
import { FieldError } from '@/components/FieldError'
import { TextBox } from '@/components/TextBox'
import { TextField } from '@/components/TextField'
import './problems.css'

export interface ReportFormProps {
  store: ReportFormStore
  /** 长辈模式: category, words, send; their own building, nothing else to decide. */
  simple: boolean
  onSent: (id: string) => void
  onRegister: () => void
}

/** 反映问题 / 走访登记: category as big chips, the description, where, optional photos, the name choice. */
export const ReportForm = observer(function ReportForm({ store, simple, onSent, onRegister }: ReportFormProps) {
  if (store.status === 'idle' || store.status === 'loading') return <StateView kind='loading' title='正在加载…' />
  if (store.status === 'error') return <StateView kind='error' title='无法加载' detail={store.serverError} actionText='重试' onAction={() => void store.start(store.mode)} />
  if (store.noHome) return <StateView kind='empty' title='请先登记住址' detail='登记住址后就可以反映问题，问题会交给您楼栋所在微网格的网格长。' actionText='去登记' onAction={onRegister} />
  if (store.mode === 'visit' && store.buildings.length === 0) return <StateView kind='empty' title='您没有可以登记走访问题的楼栋' detail='社区、街道工作人员、楼道红管家和网格长可以登记走访问题。' />
  const d = store.draft
  const e = store.errors
  const visit = store.mode === 'visit'
  const send = async () => {
    const id = await store.submit()
    if (id) onSent(id)
  }
  return (
    <View className='tx-card'>
      <FormField label={simple ? '第一步：选一个问题类别' : '问题类别'} error={e.category}>
        <View className='tx-problem-chips' role='radiogroup' aria-label='问题类别'>
          {PROBLEM_CATEGORIES.map((c) => (
            <View key={c} role='radio' aria-checked={d.category === c} className={`tx-problem-chip ${d.category === c ? 'tx-problem-chip--on' : ''}`} onClick={() => store.set('category', c)}>
              {c}
            </View>
          ))}
        </View>
      </FormField>
      <FormField label={simple ? '第二步：说说遇到了什么问题' : '问题描述'} hint={simple ? undefined : store.descriptionCounter} error={e.description}>
        <TextBox label='问题描述' placeholder='例如：3单元楼道灯坏了，晚上看不清台阶' maxlength={PROBLEM_LIMITS.descriptionMax + 20} value={d.description} onChange={(v) => store.set('description', v)} />
      </FormField>
      {(!simple || visit) && (
        <SelectField
          label={visit ? '住户所在楼栋' : '问题在哪里'}
          hint={visit ? undefined : '默认是您住的楼栋，也可以选本社区的其他楼栋'}
          options={store.buildings.map((b) => b.name)}
          value={store.buildings[d.building]?.name ?? ''}
          placeholder='请选择楼栋'
          error={e.building}
          onChange={(i) => store.set('building', i)}
        />
      )}
      {!simple && (
        <TextField label='具体位置（可不填）' error={e.location} name='具体位置' placeholder='例如：小区东门、地下车库' maxLength={PROBLEM_LIMITS.locationMax + 5} value={d.location} onChange={(v) => store.set('location', v)} />
      )}
      {visit && (
        <TextField label='住户手机号（可不填）' hint='填写后，住户可以在小程序里看到办理进度并确认' error={e.residentPhone} name='住户手机号' type='number' maxLength={11} value={d.residentPhone} onChange={(v) => store.set('residentPhone', v)} />
      )}
      {!simple && (
        <FormField label={`照片（可不填，最多${PROBLEM_LIMITS.photosMax}张）`} error={store.photoError}>
          <View className='tx-problem-photos'>
            {store.photos.map((p, i) => (
              <Image key={p.previewUrl} className='tx-problem-photo' src={p.previewUrl} mode='aspectFill' aria-label={`照片${i + 1}，点按删除`} onClick={() => store.removePhoto(i)} />
            ))}
          </View>
          {store.canAddPhotos && (
            <Button type='default' size='small' onClick={() => void store.addPhotos()}>
              添加照片
            </Button>
          )}
        </FormField>
      )}
      <ToggleRow
        label={visit ? '住户同意处理人看到其姓名' : '允许处理人看到我的姓名'}
        detail='其他居民始终看不到是谁反映的；不勾选时处理人也看不到。'
        on={d.showNameToHandler}
        onChange={(on) => store.set('showNameToHandler', on)}
      />
      <FieldError error={store.serverError} />
      <Button type='primary' block loading={store.submitting} onClick={() => void send()}>
        {simple ? '第三步：提交' : visit ? '登记问题' : '提交问题'}
      </Button>
    </View>
  )
})
