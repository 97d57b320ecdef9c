/**
 * The panel's messages in English, by name: the locale file also holds the popup's and the archive's words,
 * and naming the panel's lets the bundler leave the rest out of the script carrier pages load. A key the
 * panel shows must be listed here (tests/unit/locales.test.ts checks it).
 */
export { extName, spotlightCallFree, spotlightCostlyWays, spotlightFallbackNote, spotlightFreeWays, spotlightHeadline, spotlightHowToStop, spotlightKeep, spotlightKeptNote, spotlightPerMonth, spotlightPerYear, spotlightPortalStep, spotlightPriceCatalog, spotlightPriceSeen, spotlightReadMore, spotlightRefund, spotlightRefundTitle, spotlightTitle, spotlightTotal, spotlightTotalNote, spotlightUnknown } from '../../public/_locales/en/messages.json';
