export default definePageConfig({
  navigationBarTitleText: '志愿证书',
  enableShareAppMessage: true,
})
