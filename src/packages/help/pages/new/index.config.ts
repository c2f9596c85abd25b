export default definePageConfig({
  navigationBarTitleText: '向红管家求助',
})
