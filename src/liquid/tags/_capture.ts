import type { Context, Emitter, Liquid, Template } from 'liquidjs';
import { liquidOutput } from '../output.ts';

/** A sink for what templates print, written as `{{ }}` prints values (Ruby's `to_s`). */
class Capture {
  buffer = '';
  write(value: unknown): void {
    this.buffer += liquidOutput(value);
  }
}

/**
 * What `templates` print, as a string (a tag's body, a name with Liquid in it). A failure inside
 * them is thrown to the tag, not recorded where it happens.
 */
export function* captured(templates: Template[], ctx: Context, liquid: Liquid): Generator<unknown, string, unknown> {
  const out = new Capture();
  yield liquid.renderer.renderTemplates(templates, ctx, out as unknown as Emitter);
  return out.buffer;
}
