export default definePageConfig({
  navigationBarTitleText: '新居民指南',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
})
