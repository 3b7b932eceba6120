/**
 * One string order for everything the build sorts (DESIGN §2: the same snapshot gives a
 * byte-identical atlas.sqlite). `String.prototype.localeCompare` follows the process locale
 * (LANG / LC_ALL: in Danish `aa` sorts after `z`), so a sort by it, or a tie broken by it, could
 * differ between a laptop and CI. UTF-16 code-unit order is the same everywhere and matches
 * SQLite's default BINARY collation on ASCII ids.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
