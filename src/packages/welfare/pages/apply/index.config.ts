export default definePageConfig({
  navigationBarTitleText: '申请彩虹桥项目',
})
