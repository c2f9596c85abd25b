export default definePageConfig({
  navigationBarTitleText: '彩虹桥审核',
  enablePullDownRefresh: true,
})
