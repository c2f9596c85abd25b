/**
 * The 公告 tab's spoken name, on its own: the main package's tab-bar adapter needs only this,
 * and importing it from notice.ts would carry the whole publishing rule set (3.8 KB) there.
 */

/** What a screen reader says for the 公告 tab: the badge alone would read "3 公告". */
export function noticesTabLabel(count: number): string {
  return count > 0 ? `公告，${count > 99 ? '99+' : count}条未读` : '公告'
}
