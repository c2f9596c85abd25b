export default definePageConfig({
  navigationBarTitleText: '住户登记',
})
