import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { StewardAssignmentView } from '@contract/api-help'
import { FormField } from '@/components/FormField'
import { SelectField } from '@/components/SelectField'
import { StateView } from '@/components/StateView'
import { Button, Input } from '@/components/ui'
import { formatDate } from '@/domain/time'
import type { StewardAdminStore } from '../stores/steward-admin-store'
import { TextField } from '@/components/TextField'
import './help.css'

/** A current steward with 结束安排 (a reason, then confirm). */
const CurrentSteward = observer(function CurrentSteward({ a, store }: { a: StewardAssignmentView; store: StewardAdminStore }) {
  const [reason, setReason] = useState<string | null>(null)
  return (
    <View className='tx-steward-row' role='listitem' aria-label={a.name}>
      <Text className='tx-steward-row__name'>{`${a.name} ${a.maskedPhone}`}</Text>
      <Text className='tx-muted'>{`${formatDate(a.startedAt)} 起${a.assignedByName ? ` · ${a.assignedByName}安排` : ''}`}</Text>
      {a.profile.dutyHours && <Text className='tx-muted'>{`值守时间：${a.profile.dutyHours}`}</Text>}
      {reason === null ? (
        <Button type='default' size='small' onClick={() => setReason('')}>
          结束安排
        </Button>
      ) : (
        <View>
          <Input className='tx-input' aria-label='结束原因' placeholder='例如：搬家、工作调动' value={reason} onChange={(v: string) => setReason(v)} />
          <View className='tx-help-row__head'>
            <Button type='primary' size='small' loading={store.ending === a.assignmentId} onClick={() => void store.end(a.assignmentId, reason).then((ok) => ok && setReason(null))}>
              确认结束
            </Button>
            <Button type='default' size='small' onClick={() => setReason(null)}>
              不结束
            </Button>
          </View>
        </View>
      )}
    </View>
  )
})

/** 红管家安排: choose community → compound → building; its stewards and history; assign by phone. */
export const StewardAdmin = observer(function StewardAdmin({ store }: { store: StewardAdminStore }) {
  const name = (list: Array<{ id: string; name: string }>, id: string) => list.find((x) => x.id === id)?.name ?? ''
  const v = store.view
  return (
    <View className='tx-help-detail'>
      <View className='tx-card'>
        {store.communities.length === 1 && <Text className='tx-card__title'>{store.communities[0]!.name}</Text>}
        {store.communities.length > 1 && (
          <SelectField
            label='社区'
            options={store.communities.map((c) => c.name)}
            value={name(store.communities, store.communityId)}
            placeholder='请选择社区'
            onChange={(i) => void store.chooseCommunity(store.communities[i]!.id)}
          />
        )}
        <TextField label='小区' hint='可输入名称搜索' name='搜索小区' placeholder='小区名称' value={store.compoundQuery} onChange={(q) => void store.searchCompounds(q)} />
        <SelectField
          label='选择小区'
          options={store.compounds.map((c) => c.name)}
          value={name(store.compounds, store.compoundId)}
          placeholder={store.communityId ? '请选择小区' : '请先选择社区'}
          onChange={(i) => void store.chooseCompound(store.compounds[i]!.id)}
        />
        <SelectField
          label='楼栋'
          options={store.buildings.map((b) => b.name)}
          value={name(store.buildings, store.buildingId)}
          placeholder={store.compoundId ? '请选择楼栋' : '请先选择小区'}
          onChange={(i) => void store.chooseBuilding(store.buildings[i]!.id)}
        />
        {store.error && <Text className='tx-field__error'>{store.error}</Text>}
      </View>
      {!store.buildingId && <StateView kind='empty' title='请选择楼栋' detail='选好小区和楼栋后，可以查看它的红管家和历任记录，并安排新的红管家。' />}
      {store.buildingId && store.status === 'loading' && !v && <StateView kind='loading' title='正在加载…' />}
      {store.status === 'error' && !v && <StateView kind='error' title='加载失败' detail={store.error} actionText='重试' onAction={() => void store.reload()} />}
      {v && (
        <>
          <View className='tx-card' role='list' aria-label='现任红管家'>
            <Text className='tx-card__title'>{`${v.building.compoundName}${v.building.name} 的红管家`}</Text>
            {v.current.length === 0 && <Text className='tx-muted'>这栋楼暂时没有红管家，居民的求助会直接转给社区。</Text>}
            {v.current.map((a) => (
              <CurrentSteward key={a.assignmentId} a={a} store={store} />
            ))}
          </View>
          <View className='tx-card'>
            <FormField label='安排新的红管家' hint='填写本社区已认证居民的手机号' error={store.phoneError}>
              <Input className='tx-input' aria-label='红管家手机号' type='number' placeholder='11位手机号' value={store.phone} onChange={(p: string) => store.setPhone(p)} />
            </FormField>
            <Button type='primary' block loading={store.assigning} onClick={() => void store.assign()}>
              安排为红管家
            </Button>
          </View>
          <View className='tx-card' role='list' aria-label='历任红管家'>
            <Text className='tx-card__title'>历任记录</Text>
            {v.history.length === 0 && <Text className='tx-muted'>还没有交接记录。</Text>}
            {v.history.map((a) => (
              <View key={a.assignmentId} className='tx-steward-row' role='listitem'>
                <Text className='tx-steward-row__name'>{a.name}</Text>
                <Text className='tx-muted'>{`${formatDate(a.startedAt)} 至 ${a.endedAt ? formatDate(a.endedAt) : ''}`}</Text>
                {a.endReason && <Text className='tx-muted'>{`原因：${a.endReason}${a.endedByName ? `（${a.endedByName}）` : ''}`}</Text>}
              </View>
            ))}
          </View>
        </>
      )}
    </View>
  )
})
