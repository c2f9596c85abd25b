import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { DateField } from '@/components/DateField'
import { FormField } from '@/components/FormField'
import { SelectField } from '@/components/SelectField'
import { StateView } from '@/components/StateView'
import { ToggleRow } from '@/components/ToggleRow'
import { Button } from '@/components/ui'
import { isoDay, isoDayAfterMonths } from '@/domain/time'
import { APPLICANT_KIND_LABELS, APPLICANT_KINDS, WELFARE_LIMITS } from '@/domain/welfare'
import type { ApplicationFormStore } from '../stores/application-form-store'
import { BudgetLines } from './BudgetLines'
import { FieldError } from '@/components/FieldError'
import { TextBox } from '@/components/TextBox'
import { TextField } from '@/components/TextField'
import './welfare.css'

const SAVE_TEXT = { idle: '', pending: '有修改未保存…', saving: '正在保存草稿…', saved: '草稿已保存，可以随时回来继续填写', error: '草稿保存失败' }

/** 申请彩虹桥项目: who applies, the project, the communities served, dates, the budget, and what it will achieve. */
export const ApplicationForm = observer(function ApplicationForm({ store, onSubmitted }: { store: ApplicationFormStore; onSubmitted: (id: string) => void }) {
  if (store.status === 'idle' || store.status === 'loading') return <StateView kind='loading' title='正在加载…' />
  if (store.status === 'error' || !store.programme) return <StateView kind='error' title='无法打开申请表' detail={store.serverError} />
  const d = store.draft
  const e = store.errors
  const p = store.programme
  const submit = async () => {
    const id = await store.submit()
    if (id) onSubmitted(id)
  }
  return (
    <View className='tx-card tx-notice-form' aria-label='申请表'>
      <Text className='tx-card__title'>{p.name}</Text>
      <View className='tx-save-state' role='status'>
        {SAVE_TEXT[store.saveState]}
      </View>
      <SelectField
        label='申请主体'
        options={APPLICANT_KINDS.map((k) => APPLICANT_KIND_LABELS[k])}
        value={APPLICANT_KIND_LABELS[d.applicantKind]}
        placeholder='请选择'
        error={e.applicantKind}
        onChange={(i) => store.set('applicantKind', APPLICANT_KINDS[i] ?? 'self')}
      />
      {d.applicantKind === 'self' ? (
        <ToggleRow label='公示时显示全名' detail='关：公示名单里显示为“张**”；联系电话和住址从不公开' on={d.showFullName} onChange={(on) => store.set('showFullName', on)} />
      ) : (
        <TextField label='团队或组织名称' error={e.orgName} value={d.orgName} maxLength={WELFARE_LIMITS.orgNameMax} onChange={(v) => store.set('orgName', v)} />
      )}
      {d.applicantKind === 'organisation' && (
        <TextField label='登记证号（可不填）' hint='统一社会信用代码' error={e.orgRegNo} name='登记证号' value={d.orgRegNo} onChange={(v) => store.set('orgRegNo', v)} />
      )}
      <TextField label='项目名称' error={e.projectName} placeholder='例如：独居老人助餐' value={d.projectName} onChange={(v) => store.set('projectName', v)} />
      <SelectField label='项目类别' options={[...p.categories]} value={d.category} placeholder='请选择类别' error={e.category} onChange={(i) => store.set('category', p.categories[i] ?? '')} />
      <TextField label='受益对象' error={e.beneficiaries} placeholder='例如：独居老人' value={d.beneficiaries} onChange={(v) => store.set('beneficiaries', v)} />
      <TextField label='受益人数' error={e.beneficiaryCount} type='number' value={d.beneficiaryCount} onChange={(v) => store.set('beneficiaryCount', v)} />
      <FormField label='服务社区' hint='可多选；由所选社区的工作人员初审' error={e.communityIds}>
        <View className='tx-chips' role='group' aria-label='服务社区'>
          {store.communities.map((c) => {
            const on = d.communityIds.includes(c.id)
            return (
              <View key={c.id} className={`tx-chip ${on ? 'tx-chip--on' : ''}`} role='checkbox' aria-checked={on} aria-label={c.name} onClick={() => store.toggleCommunity(c.id)}>
                {on ? `✓ ${c.name}` : c.name}
              </View>
            )
          })}
        </View>
      </FormField>
      <DateField label='开始日期' value={d.startDate} placeholder='请选择' start={isoDay()} end={isoDayAfterMonths(24)} error={e.startDate} onChange={(v) => store.set('startDate', v)} />
      <DateField label='结束日期' value={d.endDate} placeholder='请选择' start={d.startDate || isoDay()} end={isoDayAfterMonths(36)} error={e.endDate} onChange={(v) => store.set('endDate', v)} />
      <BudgetLines store={store} />
      <FormField label='项目简介' error={e.description}>
        <TextBox label='项目简介' maxlength={WELFARE_LIMITS.textMax} value={d.description} onChange={(v) => store.set('description', v)} />
      </FormField>
      <FormField label='预期成效' error={e.outcomes}>
        <TextBox label='预期成效' maxlength={WELFARE_LIMITS.textMax} value={d.outcomes} onChange={(v) => store.set('outcomes', v)} />
      </FormField>
      <FormField label='附件（可不填）' hint='图片，每个不超过5MB' error={e.attachmentIds}>
        {store.attachments.map((a) => (
          <View key={a.id} className='tx-welfare__row'>
            <Text>{a.name}</Text>
            <View className='tx-link' role='button' onClick={() => store.removeAttachment(a.id)}>
              移除
            </View>
          </View>
        ))}
        <Button type='default' size='small' loading={store.uploading} onClick={() => void store.addAttachments()}>
          添加附件
        </Button>
      </FormField>
      <FieldError error={store.serverError} />
      {!store.canSubmit && <Text className='tx-muted'>{`本期申报时间为${p.opensOn}至${p.closesOn}，现在不能提交，可以先保存草稿。`}</Text>}
      <Button type='primary' block loading={store.submitting} disabled={!store.canSubmit} onClick={() => void submit()}>
        提交申请
      </Button>
    </View>
  )
})
