/**
 * Lookups by a name that came from the user (a cell, a profile file, a command-line word):
 * only the object's own keys count, so "constructor", "__proto__" or "toString" never find
 * a member of Object.prototype (issue 16 §4, §13).
 */

/** Whether `key` is one of the object's own keys (Object.hasOwn, which ES2020's lib lacks). */
export function hasOwn(object: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** The value under `key` when it is the object's own key; undefined otherwise. */
export function ownValue<T>(object: Readonly<Record<string, T>>, key: string): T | undefined {
  return hasOwn(object, key) ? object[key] : undefined;
}
