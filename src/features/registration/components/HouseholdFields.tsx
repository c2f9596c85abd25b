import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { FormField } from '@/components/FormField'
import { SelectField } from '@/components/SelectField'
import { Button } from '@/components/ui'
import { LIMITS, RELATIONS } from '@/domain/registration'
import type { RegistrationForm } from '../stores/registration-form'
import './registration.css'

/** The other people living there: only how each is related, no names and no ID numbers. */
export const HouseholdFields = observer(function HouseholdFields({ form }: { form: RegistrationForm }) {
  const relations = [...RELATIONS]
  return (
    <FormField label='同住家人' hint={`不含您本人；只需选择关系，不填姓名和身份证号。共 ${form.household.length} 位`} error={form.errors.household}>
      {form.household.map((relation, i) => (
        <View className='tx-member' key={i}>
          <View className='tx-member__pick'>
            <SelectField
              label={`第${i + 1}位家人与您的关系`}
              options={relations}
              value={relation}
              placeholder='请选择关系'
              onChange={(index) => form.setMember(i, relations[index] ?? '')}
            />
          </View>
          <Button className='tx-member__remove' type='default' aria-label={`删除第${i + 1}位家人`} onClick={() => form.removeMember(i)}>
            删除
          </Button>
        </View>
      ))}
      {form.household.length < LIMITS.householdMax ? (
        <Button className='tx-member__add' type='default' block onClick={() => form.addMember()}>
          添加同住家人
        </Button>
      ) : (
        <Text className='tx-muted'>最多{LIMITS.householdMax}位同住家人。</Text>
      )}
    </FormField>
  )
})
