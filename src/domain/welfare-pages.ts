/** The application page a welfare notification opens; kept apart from the rules so the main package's routes stay small. */
export function welfareApplicationPage(id: string): string {
  return `/packages/welfare/pages/application/index?id=${encodeURIComponent(id)}`
}
