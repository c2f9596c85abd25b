import { Button as TaroButton, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PRIVACY_SECTIONS } from '@/domain/privacy'
import { AGREE_BUTTON_ID, type PrivacyPromptStore } from '../stores/privacy-prompt-store'
import './privacy-popup.css'

/**
 * The app's own privacy popup for WeChat's privacy check. The agree button must be WeChat's
 * open-type="agreePrivacyAuthorization" button: WeChat accepts the answer only from it.
 */
export const PrivacyPopup = observer(function PrivacyPopup({ store, onOpenNotice }: { store: PrivacyPromptStore; onOpenNotice: () => void }) {
  if (!store.visible) return null
  return (
    <View className='tx-privacy-popup' role='dialog' aria-modal aria-label='隐私保护提示'>
      <View className='tx-privacy-popup__box'>
        <Text className='tx-privacy-popup__title'>隐私保护提示</Text>
        <Text className='tx-data__para'>在您继续之前，请了解我们如何保护您的个人信息：</Text>
        {PRIVACY_SECTIONS.slice(0, 2).map((s) => (
          <Text className='tx-data__para' key={s.title}>
            {s.title}：{s.body}
          </Text>
        ))}
        <Text className='tx-link tx-privacy-popup__link' onClick={onOpenNotice}>
          阅读完整的《同心社区隐私保护指引》
        </Text>
        <View className='tx-privacy-popup__actions'>
          <TaroButton className='tx-button tx-button--ghost' onClick={() => store.disagree()}>
            不同意
          </TaroButton>
          <TaroButton
            id={AGREE_BUTTON_ID}
            className='tx-button'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => store.agree(AGREE_BUTTON_ID)}
          >
            同意并继续
          </TaroButton>
        </View>
      </View>
    </View>
  )
})
