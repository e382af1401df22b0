import * as z from 'zod/mini';

/**
 * A closed set of API values with the words people read for each, declared once: the values (in the
 * order given), their schema and their labels all come from one object, so no value can lack a label.
 */
export function labelledEnum<const Labels extends Readonly<Record<string, string>>>(labels: Labels) {
  type Value = keyof Labels & string;
  // String keys keep their insertion order, so the values come out in the order they were written.
  const values = Object.keys(labels) as [Value, ...Value[]];
  return { values: values as readonly Value[], schema: z.enum(values), labels: labels as Readonly<Record<Value, string>> };
}
