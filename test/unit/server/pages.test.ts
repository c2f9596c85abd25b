import { ROUTES } from '@/app/routes'
import { ACTIVITIES_ROUTES } from '@/features/activities/routes'
import { HELP_ROUTES } from '@/features/help/routes'
import { PROBLEMS_ROUTES } from '@/features/problems/routes'
import { welfareApplicationPage } from '@/domain/welfare-pages'
import { PAGES, pageOf } from '@contract/pages'

describe('the page table the server notifies with', () => {
  it('opens the same pages as the app routes', () => {
    expect(pageOf('activityDetail', 'a/1')).toBe(ACTIVITIES_ROUTES.activityDetail('a/1'))
    expect(pageOf('helpDetail', 'h 2')).toBe(HELP_ROUTES.helpDetail('h 2'))
    expect(pageOf('problemDetail', 'p?3')).toBe(PROBLEMS_ROUTES.problemDetail('p?3'))
    expect(PAGES.problemQueue).toBe(PROBLEMS_ROUTES.problemQueue)
    expect(pageOf('welfareApplication', 'w&4')).toBe(welfareApplicationPage('w&4'))
    expect(pageOf('noticeDetail', 'n 5')).toBe(ROUTES.noticeDetail('n 5'))
    expect(PAGES.family).toBe(ROUTES.family)
  })
})
