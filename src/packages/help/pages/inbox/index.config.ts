export default definePageConfig({
  navigationBarTitleText: '求助收件箱',
  enablePullDownRefresh: true,
})
