export default definePageConfig({
  navigationBarTitleText: '编辑新居民指南',
  enablePullDownRefresh: true,
})
