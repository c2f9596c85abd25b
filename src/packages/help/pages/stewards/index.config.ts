export default definePageConfig({
  navigationBarTitleText: '红管家安排',
  enablePullDownRefresh: true,
})
