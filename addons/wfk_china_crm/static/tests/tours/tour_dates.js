import { localization } from "@web/core/l10n/localization";

const { DateTime } = luxon;

/**
 * A day as the user types it in their language's date format (de 24.12.2030, zh_CN 2030/12/24,
 * en_US 12/24/2030), so that one tour runs unchanged for every demo user.
 *
 * @param {string} isoDate e.g. "2030-12-24"
 */
export function typedDate(isoDate) {
    return DateTime.fromISO(isoDate).toFormat(localization.dateFormat);
}
