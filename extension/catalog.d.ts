/** Types for the build-time catalog module (see build/catalog-plugin.ts). */
declare module 'virtual:sentinella-catalog' {
  const catalog: import('../shared/catalog/catalog.ts').Catalog;
  export default catalog;
}

declare module 'virtual:sentinella-catalog/background' {
  /** What the background reads: carriers' hosts and customer-area addresses, and the known service ids. */
  const catalog: {
    operators: Pick<import('../shared/catalog/catalog.ts').CatalogOperator, 'id' | 'hosts' | 'addresses'>[];
    serviceIds: string[];
  };
  export default catalog;
}

declare module 'virtual:sentinella-catalog/spotlight' {
  const services: import('../shared/catalog/catalog.ts').SpotlightService[];
  export default services;
}

declare module 'virtual:sentinella-catalog/detector' {
  /** What the detector reads of a service: its names and reference price, without the ways out. */
  const services: Omit<import('../shared/catalog/catalog.ts').SpotlightService, 'switchOff'>[];
  export default services;
}

declare module 'virtual:sentinella-catalog/carrier-hosts' {
  /** Each carrier's id and portal hosts: which carrier's customer area a page is. */
  const operators: Pick<import('../shared/catalog/catalog.ts').CatalogOperator, 'id' | 'hosts'>[];
  export default operators;
}

declare module 'virtual:sentinella-catalog/compare' {
  /** Consumer offers and market averages for the bill comparison (see shared/catalog/compare-catalog.ts). */
  const compare: import('../shared/catalog/compare-catalog.ts').CompareCatalog;
  export default compare;
}

declare module 'virtual:sentinella-catalog/price-changes' {
  /** Announced price changes as the archive's notices use them (see shared/price-changes.ts). */
  const changes: import('../shared/price-changes.ts').PriceChangeSlice[];
  export default changes;
}

declare module 'virtual:sentinella-catalog/rules' {
  /** The consumer rules of content/rules/diritti.md, without their sources (see shared/schemas/rules.ts). */
  const rules: {
    refund: Pick<import('../shared/schemas/rules.ts').Rules['refund'], 'months'>;
    conciliation: Pick<import('../shared/schemas/rules.ts').Rules['conciliation'], 'name' | 'url'>;
    withdrawal: Pick<import('../shared/schemas/rules.ts').Rules['withdrawal'], 'days' | 'article'>;
  };
  export default rules;
}
