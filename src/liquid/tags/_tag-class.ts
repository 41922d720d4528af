import type { Liquid, Parser, Tag, TagToken, TopLevelToken } from 'liquidjs';

/** A tag class as liquidjs's registerTag takes it (liquidjs does not export its own TagClass). */
export type TagClass = new (token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) => Tag;
