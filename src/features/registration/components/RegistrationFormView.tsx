import { Button as TaroButton, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { CheckRow } from '@/components/CheckRow'
import { DateField } from '@/components/DateField'
import { FormField } from '@/components/FormField'
import { SelectField } from '@/components/SelectField'
import { Button, Input } from '@/components/ui'
import { LIMITS } from '@/domain/registration'
import type { RegistrationForm, TextField } from '../stores/registration-form'
import { HouseholdFields } from './HouseholdFields'
import { PlaceFields } from './PlaceFields'
import { FieldError } from '@/components/FieldError'
import './registration.css'

export interface RegistrationFormViewProps {
  form: RegistrationForm
  /** self: the resident registers themselves; staff: a community worker enters them in person. */
  mode: 'self' | 'staff'
  /** WeChat's phone-number button, in the mini-program only. */
  canUseWechatPhone: boolean
  fetchingPhone?: boolean
  onWechatPhone?: (code: string | undefined) => void
  submitting: boolean
  error: string | null
  onSubmit: () => void
  onOpenPrivacy: () => void
}

/** The registration form: the same fields and rules for a resident and for staff registering one. */
export const RegistrationFormView = observer(function RegistrationFormView(props: RegistrationFormViewProps) {
  const { form, mode, canUseWechatPhone, fetchingPhone, onWechatPhone, submitting, error, onSubmit, onOpenPrivacy } = props
  const errors = form.errors
  const text = (field: TextField, label: string, opts: { placeholder: string; maxLength: number; type?: 'text' | 'tel'; hint?: string }) => (
    <FormField label={label} hint={opts.hint} error={errors[field]}>
      <Input
        className='tx-input'
        type={opts.type ?? 'text'}
        aria-label={label}
        placeholder={opts.placeholder}
        maxLength={opts.maxLength}
        value={form[field]}
        onChange={(v: string) => form.setText(field, v)}
      />
    </FormField>
  )
  return (
    <View className='tx-reg-form' aria-label='住户登记表'>
      <View className='tx-card'>
        <Text className='tx-card__title'>{mode === 'self' ? '您的信息' : '居民信息'}</Text>
        {text('name', '姓名', { placeholder: '请填写真实姓名', maxLength: LIMITS.nameMax })}
        {text('phone', '手机号', { placeholder: '11位手机号', maxLength: 13, type: 'tel' })}
        {canUseWechatPhone && mode === 'self' && (
          <TaroButton
            className='tx-button tx-button--ghost tx-reg-form__wxphone'
            openType='getPhoneNumber'
            disabled={fetchingPhone}
            onGetPhoneNumber={(e) => onWechatPhone?.(e.detail.code)}
          >
            {fetchingPhone ? '正在获取…' : '使用微信绑定的手机号'}
          </TaroButton>
        )}
        <SelectField
          label='出生年份（选填）'
          hint='只记录年份，用于长辈模式和敬老服务'
          options={form.birthYears}
          value={form.birthYear}
          placeholder='请选择'
          error={errors.birthYear}
          onChange={(i) => form.setBirthYear(form.birthYears[i] ?? '')}
        />
      </View>
      <View className='tx-card'>
        <Text className='tx-card__title'>住址</Text>
        <PlaceFields form={form} />
        <DateField
          label='入住日期'
          value={form.moveInDate}
          placeholder='请选择入住日期'
          start='1930-01-01'
          end={form.latestMoveIn}
          error={errors.moveInDate}
          onChange={(v) => form.setMoveInDate(v)}
        />
        <HouseholdFields form={form} />
      </View>
      <View className='tx-card'>
        <Text className='tx-card__title'>其他（选填）</Text>
        {text('origin', '来自哪里', { placeholder: '省、市，例如 安徽省阜阳市', maxLength: LIMITS.originMax, hint: '新居民填写，方便社区提供老乡服务' })}
        {text('workplace', '工作单位', { placeholder: '可不填', maxLength: LIMITS.workplaceMax })}
      </View>
      <CheckRow checked={form.consent} onChange={(v) => form.setConsent(v)} label='同意隐私保护指引'>
        <Text>{mode === 'self' ? '我已阅读并同意' : '居民本人已知晓并同意'}</Text>
        <Text
          className='tx-link'
          onClick={(e) => {
            e.stopPropagation()
            onOpenPrivacy()
          }}
        >
          《同心社区隐私保护指引》
        </Text>
      </CheckRow>
      <FieldError error={errors.consent} />
      <FieldError error={error} className='tx-reg-form__error' />
      <Button className='tx-reg-form__submit' type='primary' block loading={submitting} onClick={onSubmit}>
        {mode === 'self' ? '提交登记' : '完成登记'}
      </Button>
    </View>
  )
})
