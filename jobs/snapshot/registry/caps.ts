/**
 * Limits and unit conversions of the registry readers (DESIGN §4.6, §5.4), each with its source.
 */

/** crates.io `recent_downloads` covers 90 days (crates.io API; DESIGN §4.6). */
export const CRATES_RECENT_DOWNLOADS_DAYS = 90;
/** DESIGN §5.4: downloads are compared over 30 days, so crates.io's figure is divided by 90 / 30 = 3 (integer floor). */
export const CRATES_RECENT_TO_30D_DIVISOR = CRATES_RECENT_DOWNLOADS_DAYS / 30;

/** crates.io pages reverse dependencies 10 at a time (DESIGN §4.6); collectors store one file per page. */
export const CRATES_REVERSE_DEPENDENCIES_PAGE_SIZE = 10;

/**
 * Ours: at most this many reverse dependents are kept per package (sorted, so the choice is
 * stable). Reverse dependents feed the "shadow" graph (DESIGN §4.6); a very popular external crate
 * such as serde has tens of thousands, which would swamp the graph without adding ecosystem
 * information. A package that hits the cap gets a warning.
 */
export const MAX_DEPENDENTS_PER_PACKAGE = 1000;

/** pub.dev download windows, in weeks, summed from the newest end of the weekly series (DESIGN §5.7 item 10). */
export const PUBDEV_DOWNLOAD_WINDOWS_WEEKS = { weeks4: 4, weeks12: 12, weeks52: 52 } as const;
