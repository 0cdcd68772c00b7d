/**
 * A known reason the gate could not verify (bad input, bad config, missing base...).
 * The message is one line naming the problem and the fix; the CLI maps it to exit 3.
 */
export class VerifyError extends Error {
  override readonly name = 'VerifyError';
}

/** The one-line message of any thrown value. */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
