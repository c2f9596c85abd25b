export default definePageConfig({
  navigationBarTitleText: '问题处理',
  enablePullDownRefresh: true,
})
