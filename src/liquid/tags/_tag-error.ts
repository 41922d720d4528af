import { LiquidError, type Token } from 'liquidjs';

/** What a problem raised by one of Jekyll's tags is about. */
export type TagRuleId = 'liquid-include-missing' | 'liquid-include-outside' | 'liquid-post-missing' | 'liquid-syntax' | 'liquid-error';

/**
 * An error a Jekyll tag throws, with the rule it falls under and the tag it is about. A liquidjs
 * error, so that liquidjs's parser passes it on as it is (its message is not decorated with a
 * line and column: the problem carries the position). render-liquid.ts reads `ruleId`.
 * @internal
 */
export class JekyllTagError extends LiquidError {
  readonly ruleId: TagRuleId;
  readonly severity: 'error' | 'warning';

  constructor(message: string, ruleId: TagRuleId, token: Token, severity: 'error' | 'warning' = 'error') {
    super(message, token);
    this.name = 'JekyllTagError';
    this.ruleId = ruleId;
    this.severity = severity;
  }
}

/** Jekyll's logger prints a message on one line: each run of white space is one space. */
export const oneLine = (message: string): string => message.replace(/[ \t\r\n\f\v]+/g, ' ').trim();

/** Ruby's `String#strip`: ASCII white space (and NUL at the end). */
export const rubyStrip = (value: string): string => value.replace(/^[ \t\r\n\f\v]+/, '').replace(/[ \t\r\n\f\v\0]+$/, '');
