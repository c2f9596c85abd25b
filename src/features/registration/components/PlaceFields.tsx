import { Picker, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { FormField } from '@/components/FormField'
import { SelectField } from '@/components/SelectField'
import { Input } from '@/components/ui'
import type { RegistrationForm } from '../stores/registration-form'
import { FieldError } from '@/components/FieldError'
import './registration.css'

// Enough to choose from at a glance; more than this and the search is quicker than scrolling.
const SHOWN_COMPOUNDS = 8

/** Where the person lives: community → compound (search by name) → building → room from its layout. */
export const PlaceFields = observer(function PlaceFields({ form }: { form: RegistrationForm }) {
  const p = form.places
  const errors = form.errors
  const compounds = p.compounds.slice(0, SHOWN_COMPOUNDS)
  const more = p.compounds.length - compounds.length
  return (
    <View className='tx-place-fields'>
      <SelectField
        label='所在社区'
        options={p.communities.map((c) => c.name)}
        value={p.community?.name ?? ''}
        placeholder={p.loading.communities ? '正在加载…' : '请选择社区'}
        error={!p.community ? errors.buildingId : null}
        onChange={(i) => form.pickCommunity(p.communities[i]?.id ?? '')}
      />
      {p.community && (
        <FormField label='小区' hint='输入小区名称查找，再点选' error={p.community && !p.compound ? errors.buildingId : null}>
          <Input
            className='tx-input'
            aria-label='查找小区'
            placeholder='小区名称'
            maxLength={20}
            value={p.compoundQuery}
            onChange={(v: string) => p.setCompoundQuery(v)}
          />
          <View className='tx-options' role='listbox' aria-label='小区'>
            {compounds.map((c) => (
              <View
                key={c.id}
                className={`tx-option ${c.id === p.compound?.id ? 'tx-option--on' : ''}`}
                role='option'
                aria-selected={c.id === p.compound?.id}
                onClick={() => form.pickCompound(c.id)}
              >
                {c.id === p.compound?.id ? `✓ ${c.name}` : c.name}
              </View>
            ))}
            {p.loading.compounds && <Text className='tx-muted'>正在查找…</Text>}
            {!p.loading.compounds && p.compounds.length === 0 && <Text className='tx-muted'>没有找到这个小区，请换个名称试试。</Text>}
            {more > 0 && <Text className='tx-muted'>还有{more}个小区，请输入名称查找。</Text>}
          </View>
        </FormField>
      )}
      {p.compound && (
        <SelectField
          label='楼栋'
          options={p.buildings.map((b) => b.name)}
          value={p.building?.name ?? ''}
          placeholder={p.loading.buildings ? '正在加载…' : '请选择楼栋'}
          error={errors.buildingId}
          onChange={(i) => form.pickBuilding(p.buildings[i]?.id ?? '')}
        />
      )}
      {p.building && (
        <FormField label='房号' hint='依次选择单元、楼层和房间' error={errors.room}>
          <Picker
            mode='multiSelector'
            range={form.roomColumns}
            value={form.roomIndexes}
            disabled={form.roomColumns.length === 0}
            aria-label='房号'
            onChange={(e) => form.pickRoom(e.detail.value.map(Number))}
          >
            <View className={`tx-field__picker ${form.room ? '' : 'tx-field__picker--empty'}`}>
              {form.room || (p.loading.buildings ? '正在加载…' : '请选择房号')}
            </View>
          </Picker>
        </FormField>
      )}
      <FieldError error={p.error} />
    </View>
  )
})
