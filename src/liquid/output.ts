import { joinArray, toS } from './filters/_ruby.ts';

/**
 * What `{{ value }}` prints, as Ruby's Liquid prints it: an array joined without a separator
 * (nested arrays too, nil as nothing), anything else by Ruby's `to_s`: nil as nothing, `true`,
 * an integral Float as `5.0` and a large or small one as `1.0e+20`, a hash as Ruby inspects it
 * (`{"a"=>1, "b"=>nil}`), a Date as a Time in the local zone (`2024-06-12 09:30:00 +0900`).
 */
export function liquidOutput(value: unknown): string {
  if (Array.isArray(value)) return joinArray(value, '');
  return toS(value);
}
