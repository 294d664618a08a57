/** The inbox's use cases return Dates; the contract sends ISO strings. */
/** The use cases' shapes with every Date as an ISO string, as the contract sends them. */
export type Presented<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Presented<U>[]
    : T extends object
      ? { [K in keyof T]: Presented<T[K]> }
      : T;

export function presentDates<T>(value: T): Presented<T> {
  if (value instanceof Date) return value.toISOString() as Presented<T>;
  if (Array.isArray(value)) return value.map((item: unknown) => presentDates(item)) as Presented<T>;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, presentDates(item)])) as Presented<T>;
  }
  return value as Presented<T>;
}
