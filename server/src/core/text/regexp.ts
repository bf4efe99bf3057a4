/** A text written so that a regular expression matches it literally ("St. Mary's (Ward 3)"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
