// Stable DOM ids for a question, so labels, hints and errors can point at each other.
export function fieldId(name: string): string {
  return `q-${name.replace(/\./g, "-")}`;
}

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(" ");
  return list || undefined;
}
