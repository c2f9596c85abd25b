export default definePageConfig({
  navigationBarTitleText: '为长辈代办',
})
