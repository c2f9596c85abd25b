import { Text, View } from '@tarojs/components'
import type { RegistrationView } from '@contract/domain'
import { formatDate, formatDateTime } from '@/domain/local-time'
import { addressOf, submittedByText } from './registration-labels'
import '@/components/rows.css'
import './registration-status.css'

/** A registration's details as label/value rows; the phone only where the viewer may see it in full. */
export function RegistrationRows({ registration: r, showPhone }: { registration: RegistrationView; showPhone: boolean }) {
  const rows: Array<[string, string]> = [
    ['姓名', r.name],
    ...(showPhone ? [['手机号', r.phone] as [string, string]] : []),
    ['住址', addressOf(r)],
    ['入住日期', formatDate(r.moveInDate)],
    ['同住家人', r.household.length ? r.household.map((m) => m.relation).join('、') : '无'],
    ...(r.birthYear ? [['出生年份', `${r.birthYear}年`] as [string, string]] : []),
    ...(r.origin ? [['来自', r.origin] as [string, string]] : []),
    ...(r.workplace ? [['工作单位', r.workplace] as [string, string]] : []),
    ['提交时间', formatDateTime(r.submittedAt)],
    ...(r.reviewedAt ? [['审核时间', formatDateTime(r.reviewedAt)] as [string, string]] : []),
    ...(r.reviewerName ? [['审核人', r.reviewerName] as [string, string]] : []),
  ]
  const by = submittedByText(r)
  return (
    <View className='tx-rows'>
      {rows.map(([label, value]) => (
        <View className='tx-row' key={label}>
          <Text className='tx-row__label'>{label}</Text>
          {/* Shown as text, never as markup: names and places are what people typed. */}
          <Text className='tx-row__value'>{value}</Text>
        </View>
      ))}
      {by && <Text className='tx-muted'>{by}</Text>}
    </View>
  )
}
