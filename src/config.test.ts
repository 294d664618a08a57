import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  test('defaults run all roles on the embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', databaseUrl: undefined, roles: ['api', 'worker', 'scheduler'] });
    expect(config.dataDir.endsWith('/data')).toBe(true);
  });

  test('command-line overrides win over the environment', () => {
    expect(loadConfig({ CHORUS_ROLES: 'api' }, { CHORUS_ROLES: 'worker, scheduler' }).roles).toEqual(['worker', 'scheduler']);
  });

  test.each([
    ['CHORUS_PORT', 'eighty'],
    ['CHORUS_PORT', '70000'],
    ['CHORUS_ROLES', 'api,cook'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['CHORUS_SECRET_KEY', 'dG9vIHNob3J0'],
    ['CHORUS_LOG_LEVEL', 'loud'],
    ['CHORUS_PUBLIC_URL', 'ftp://example.com'],
  ])('a wrong %s (%s) stops with one line naming the setting', (setting, value) => {
    let caught: unknown;
    try {
      loadConfig({ [setting]: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const message = (caught as ConfigError).message;
    expect(message).toContain(setting);
    expect(message).not.toContain('\n');
  });

  test('a trailing slash is dropped from the public URL, and a valid secret key is decoded', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = loadConfig({ CHORUS_PUBLIC_URL: 'https://chorus.example.com/', CHORUS_SECRET_KEY: key });
    expect(config.publicUrl).toBe('https://chorus.example.com');
    expect(config.secretKey?.length).toBe(32);
  });
});
