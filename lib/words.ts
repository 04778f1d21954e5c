/** ["a", "b", "c"] → "a, b or c"; no dependencies, so schemas shared with the browser can use it. */
export function listInWords(values: readonly (string | number)[]): string {
  const words = values.map(String);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? '');
}
