import { describe, expect, it } from 'vitest';
import { jobDefinitions } from '../jobs/index.ts';
import { systemSleep } from '../jobs/system.sleep.ts';
import { createRegistry } from './registry.ts';

describe('job registry', () => {
  it('accepts exactly one handler per shared job type', () => {
    const registry = createRegistry(jobDefinitions);
    expect([...registry.keys()].sort()).toEqual([
      'billing.send_email',
      'billing.stripe_event',
      'brief.deliver',
      'brief.generate',
      'brief.generate_batch',
      'calendar.push_task',
      'calendar.stop_channels',
      'calendar.sync',
      'notify.send',
      'system.sleep',
    ]);
    expect(registry.get('system.sleep')).toBe(systemSleep);
  });

  it('refuses to boot on a missing, duplicate or unknown handler, naming each problem', () => {
    expect(() => createRegistry([])).toThrow('job registry: no handler for job type "system.sleep"');
    expect(() => createRegistry([systemSleep, systemSleep])).toThrow('two handlers for job type "system.sleep"');
    expect(() => createRegistry([systemSleep], ['system.sleep', 'sms.send'])).toThrow('no handler for job type "sms.send"');
    expect(() => createRegistry([systemSleep], [])).toThrow('handler for unknown job type "system.sleep"');
  });
});
