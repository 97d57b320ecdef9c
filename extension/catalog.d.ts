/** Types for the build-time catalog module (see build/catalog-plugin.ts). */
declare module 'virtual:sentinella-catalog' {
  const catalog: import('../shared/content/catalog.ts').Catalog;
  export default catalog;
}

declare module 'virtual:sentinella-catalog/spotlight' {
  const services: import('../shared/content/catalog.ts').SpotlightService[];
  export default services;
}

declare module 'virtual:sentinella-catalog/detector' {
  /** What the detector reads of a service: its names and reference price, without the ways out. */
  const services: Omit<import('../shared/content/catalog.ts').SpotlightService, 'switchOff'>[];
  export default services;
}
