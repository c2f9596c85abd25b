export default definePageConfig({
  navigationBarTitleText: '彩虹桥公益项目',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
})
