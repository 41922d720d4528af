/** The shape of one rule option: a small subset of JSON Schema. */
export type OptionSchema =
  | { type: 'integer' | 'number'; minimum?: number; maximum?: number }
  | { type: 'string'; enum?: readonly string[] }
  | { type: 'boolean' }
  | { type: 'array'; items: OptionSchema };

/** A rule's options: an object of known properties, nothing else (JSON Schema's `additionalProperties: false`). */
export interface OptionsSchema {
  type: 'object';
  properties: Readonly<Record<string, OptionSchema>>;
  additionalProperties: false;
}

const shown = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
};

/** What `schema` asks for, in words: `an integer of at least 1`. */
function expected(schema: OptionSchema): string {
  switch (schema.type) {
    case 'integer':
    case 'number': {
      const bounds = [schema.minimum === undefined ? '' : `at least ${schema.minimum}`, schema.maximum === undefined ? '' : `at most ${schema.maximum}`].filter(Boolean);
      return `${schema.type === 'integer' ? 'an integer' : 'a number'}${bounds.length ? ` of ${bounds.join(' and ')}` : ''}`;
    }
    case 'string':
      return schema.enum ? `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}` : 'a string';
    case 'boolean':
      return 'true or false';
    case 'array': {
      const { items } = schema;
      const plain = (items.type === 'string' && items.enum === undefined) || items.type === 'boolean';
      return plain ? `an array of ${items.type}s` : `an array, each item ${expected(items)}`;
    }
  }
}

function fits(value: unknown, schema: OptionSchema): boolean {
  switch (schema.type) {
    case 'integer':
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (schema.type === 'number' || Number.isInteger(value)) &&
        (schema.minimum === undefined || value >= schema.minimum) &&
        (schema.maximum === undefined || value <= schema.maximum)
      );
    case 'string':
      return typeof value === 'string' && (schema.enum === undefined || schema.enum.includes(value));
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value) && value.every((item) => fits(item, schema.items));
  }
}

/**
 * What is wrong with `options` for a rule whose options have `schema`, in words that name the
 * option and what it must be; `undefined` when they fit. A rule without a schema takes none.
 */
export function optionsProblem(options: unknown, schema: OptionsSchema | undefined): string | undefined {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) return `its options must be an object, got ${shown(options)}`;
  const names = Object.keys(schema?.properties ?? {});
  for (const [name, value] of Object.entries(options)) {
    const property = Object.prototype.hasOwnProperty.call(schema?.properties ?? {}, name) ? schema?.properties[name] : undefined;
    if (property === undefined) {
      return `${JSON.stringify(name)} is not one of its options (${names.length ? names.map((n) => JSON.stringify(n)).join(', ') : 'it has none'})`;
    }
    if (!fits(value, property)) return `${JSON.stringify(name)} must be ${expected(property)}, got ${shown(value)}`;
  }
  return undefined;
}
