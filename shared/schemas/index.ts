export * from './common.ts';
export * from './operator.ts';
export * from './service.ts';
export * from './offer.ts';
export * from './guide.ts';
export * from './price-change.ts';
export * from './market.ts';
export * from './rules.ts';
