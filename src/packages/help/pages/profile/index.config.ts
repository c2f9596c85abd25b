export default definePageConfig({
  navigationBarTitleText: '我的红管家名片',
})
