/** Expected failures are values with a code a program can branch on and a message a user can act on. */
export type ErrorCode =
  | 'empty_input'
  | 'binary_input'
  | 'too_large'
  | 'no_sentences'
  | 'file_not_found'
  | 'bad_url'
  | 'blocked_url'
  | 'fetch_failed'
  | 'timeout'
  | 'http_error'
  | 'not_html'
  | 'not_article'
  | 'feed_failed'
  | 'bad_command'
  | 'no_article'
  | 'bad_schedule'
  | 'bad_filter'
  | 'not_configured'
  | 'not_found'
  | 'page_too_complex'
  | 'too_short'
  | 'busy';

export interface UserError {
  readonly code: ErrorCode;
  /** One line that says what went wrong and what to do. */
  readonly message: string;
}

export type Result<T, E = UserError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
