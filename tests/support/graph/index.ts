export { startGraphStandIn, type GraphStandIn, type GraphStandInOptions, type SiteInfo } from './server';
export { ensureTestCert, ensureClientCertificate, type ClientCertificate } from './cert';
export { trustCertificate } from './tls';
export { type Fault, type FaultRates } from './faults';
export { LIST_VIEW_THRESHOLD, MAX_PAGE_SIZE } from './items';
export { MAX_BATCH_REQUESTS } from './batch';
export { startHarness, type Harness } from './harness';
