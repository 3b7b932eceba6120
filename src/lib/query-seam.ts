/**
 * The one query seam (STYLE §2.11): components ask for rows through this small typed interface,
 * with parameterised SQL only. sql.js in a Web Worker implements it in the browser
 * (src/client/atlas-client.ts); node:sqlite can implement it for tests.
 */

export type SqlParam = string | number | null;

export interface AtlasQuery {
  /** All rows of a parameterised query, as plain objects keyed by column name. */
  query<T>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** The first row, or undefined when there is none. */
  queryRow<T>(sql: string, params?: readonly SqlParam[]): Promise<T | undefined>;
}
