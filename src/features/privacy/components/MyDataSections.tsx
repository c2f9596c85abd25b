import { Text, View } from '@tarojs/components'
import type { MyDataExport } from '@contract/domain'
import { FAMILY_STATUS_LABELS, familyLinkTitle } from '@/domain/family'
import { ROLE_LABELS } from '@/domain/roles'
import { formatDate, formatDateTime } from '@/domain/time'
import { roleLabel } from './role-label'
import '@/components/rows.css'
import './privacy.css'

type Rows = Array<[string, string]>

function Section({ title, rows, empty }: { title: string; rows: Rows; empty?: string }) {
  return (
    <View className='tx-card' aria-label={title}>
      <Text className='tx-card__title'>{title}</Text>
      {rows.length === 0 && <Text className='tx-muted'>{empty ?? '无'}</Text>}
      {rows.map(([label, value], i) => (
        <View className='tx-row' key={`${label}-${i}`}>
          <Text className='tx-data__label'>{label}</Text>
          <Text className='tx-row__value'>{value}</Text>
        </View>
      ))}
    </View>
  )
}

const or = (value: string | null | undefined) => (value ? value : '未填写')

/** Everything the street holds about the person, section by section, exactly as it is exported. */
export function MyDataSections({ data }: { data: MyDataExport }) {
  const p = data.profile
  const profile: Rows = p
    ? [
        ['姓名', p.name],
        ['手机号', or(p.phone)],
        ['住址', [p.community, p.compound, p.building, p.room ? `${p.room}室` : null].filter(Boolean).join(' · ') || '未登记'],
        ['出生年份', p.birthYear ? `${p.birthYear}年` : '未填写'],
        ['入住日期', p.moveInDate ? formatDate(p.moveInDate) : '未填写'],
        ['新居民', p.isNewResident ? '是' : '否'],
        ['来自', or(p.origin)],
        ['工作单位', or(p.workplace)],
        ['同住家人', p.household.length ? p.household.map((m) => m.relation).join('、') : '无'],
      ]
    : []
  return (
    <View className='tx-data'>
      <Section
        title='账号'
        rows={[
          ['注册时间', formatDateTime(data.account.createdAt)],
          ['登录方式', data.account.loginMethods.join('、') || '无'],
          ['身份', data.roles.map((r) => ROLE_LABELS[r]).join('、') || '访客'],
        ]}
      />
      <Section title='个人资料' rows={profile} empty='还没有个人资料。' />
      <Section
        title='登记记录'
        rows={data.registrations.map((r): [string, string] => [formatDate(r.submittedAt), `${r.building.name} ${r.room}室 · ${{ pending: '审核中', approved: '已通过', rejected: '未通过' }[r.status]}`])}
        empty='没有登记记录。'
      />
      <Section title='新居民指南完成情况' rows={data.guideTicks.map((t): [string, string] => [formatDate(t.at), t.title])} empty='还没有勾选。' />
      <Section title='家属关联' rows={data.familyLinks.map((l): [string, string] => [familyLinkTitle(l), FAMILY_STATUS_LABELS[l.status]])} empty='没有家属关联。' />
      <Section title='家人为我代办' rows={data.actsForMe.map((a): [string, string] => [formatDateTime(a.at), `${a.actorName}：${a.action}`])} empty='没有代办记录。' />
      <Section title='谁查看过我的资料' rows={data.profileAccesses.map((a): [string, string] => [formatDateTime(a.at), `${a.viewerName}（${roleLabel(a.viewerRole)}）`])} empty='还没有人查看过。' />
    </View>
  )
}
