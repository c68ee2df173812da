/** The portfolio area: one professional's learning across sessions, SKJ hours and evidence. */
export { PortfolioService, type PortfolioServiceDeps } from './service';
export { type PortfolioSources } from './sources';
export { portfolioHandlers } from './handlers';
