/** Month names, fixed rather than from `Intl`, so every build writes the same bytes on any machine. */
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO day as readers write it: `2024-03-14` → `14 March 2024`. */
export function formatDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${monthNames[month - 1] ?? ''} ${year}`;
}

/** An ISO month as a heading: `2024-03` → `March 2024`. */
export function formatMonth(iso: string): string {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  return `${monthNames[month - 1] ?? ''} ${year}`;
}
