export { createTestDatabase, createTestUser, type TestDatabase, testRedisUrl } from './database.ts';
export { auditRowLevelSecurity, type RlsProblem } from './rls-audit.ts';
export { findFreePort } from '../port.ts';
