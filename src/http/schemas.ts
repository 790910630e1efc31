// JSON schemas shared by the routes (validation and the OpenAPI description), and pagination.

export const LIMIT_MAX = 500;

export const pageProps = {
  limit: { type: 'integer', minimum: 1, maximum: LIMIT_MAX, default: 50, description: 'items per page' },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0, description: 'items to skip' },
} as const;

export const entityTypeProp = { type: 'string', enum: ['PERSON', 'ORG', 'GPE', 'LOC', 'PRODUCT', 'person', 'org', 'gpe', 'loc', 'product'] } as const;

/** A name as a user types it, or "#ID". */
export const actorNameProp = { type: 'string', minLength: 1, maxLength: 300, description: 'a name the actor is known by, or #ID' } as const;

export const idParams = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: { type: 'integer', minimum: 1 } },
} as const;

export function query(properties: Record<string, unknown>, required: string[] = []) {
  return { type: 'object', additionalProperties: false, required, properties } as const;
}

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  /** More items follow this page. */
  more: boolean;
}

/**
 * One page of a list whose source takes only a limit: asks for offset + limit + 1 items, so that
 * "more" is known without counting the whole list.
 */
export function page<T>(fetch: (limit: number) => T[], limit: number, offset: number): Page<T> {
  const all = fetch(offset + limit + 1);
  return { items: all.slice(offset, offset + limit), limit, offset, more: all.length > offset + limit };
}

/** The same for a source that takes limit and offset itself. */
export function pageOf<T>(fetch: (limit: number, offset: number) => T[], limit: number, offset: number): Page<T> {
  const items = fetch(limit + 1, offset);
  return { items: items.slice(0, limit), limit, offset, more: items.length > limit };
}
