import type { EntityOutput } from './options.ts';
import { CODE_POINT_ALIASES, NAMED_ENTITIES } from './entity-table.ts';

/** kramdown's Entity: a code point, and the name kramdown knows it by, if any. */
export interface Entity {
  codePoint: number;
  name: string | undefined;
}

const BY_NAME = new Map<string, Entity>();
const BY_CODE_POINT = new Map<number, Entity>();
for (const pair of NAMED_ENTITIES.split(',')) {
  const [name, point] = pair.split(' ') as [string, string];
  const entity: Entity = { codePoint: parseInt(point, 36), name };
  BY_NAME.set(name, entity);
  BY_CODE_POINT.set(entity.codePoint, entity);
}
for (const pair of CODE_POINT_ALIASES.split(',')) {
  const [from, to] = pair.split(' ').map((p) => parseInt(p, 36)) as [number, number];
  const target = BY_CODE_POINT.get(to);
  if (target) BY_CODE_POINT.set(from, target);
}

/** The entity kramdown knows by `name`, or undefined (kramdown then prints `&amp;name;`). */
export const entityByName = (name: string): Entity | undefined => BY_NAME.get(name);

/** The entity for a code point: any code point has one, without a name unless kramdown knows it. */
export const entityByCodePoint = (codePoint: number): Entity =>
  BY_CODE_POINT.get(codePoint) ?? { codePoint, name: undefined };

/** Entities given by name or code point, as kramdown's `smart_quotes` option allows. */
export const entityOf = (nameOrCodePoint: string | number): Entity | undefined =>
  typeof nameOrCodePoint === 'number' ? entityByCodePoint(nameOrCodePoint) : entityByName(nameOrCodePoint);

/** The character, or undefined where Ruby cannot pack the code point. */
export function entityChar(entity: Entity): string | undefined {
  const { codePoint } = entity;
  return codePoint >= 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : undefined;
}

const ESCAPED = new Set(['<', '>', '&', '"']);

/** kramdown's entity_to_str: how an entity is written for `entity_output`. */
export function entityToString(entity: Entity, original: string | undefined, output: EntityOutput): string {
  const char = entityChar(entity);
  if (output === 'as_char' && char !== undefined && (char === '"' || !ESCAPED.has(char))) return char;
  if ((output === 'as_input' || output === 'as_char') && original !== undefined) return original;
  if ((output === 'symbolic' || (char !== undefined && ESCAPED.has(char))) && entity.name !== undefined) return `&${entity.name};`;
  return `&#${entity.codePoint};`;
}
