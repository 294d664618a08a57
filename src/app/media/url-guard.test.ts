import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_IMPORT_SETTINGS, isImportableAddress, parseImportUrl, pinTarget } from './url-guard.js';

const strict = DEFAULT_URL_IMPORT_SETTINGS;

describe('parseImportUrl', () => {
  it.each(['file:///etc/passwd', 'ftp://example.com/a.png', 'gopher://example.com:70/', 'data:image/png;base64,iVBORw0KGgo=', 'javascript:alert(1)'])(
    'refuses the scheme of %s',
    (url) => {
      expect(() => parseImportUrl(url)).toThrow(expect.objectContaining({ id: 'validation_failed', details: expect.objectContaining({ reason: 'scheme' }) }));
    },
  );

  it.each(['http://user:secret@example.com/a.png', 'https://user@example.com/a.png', 'http://:pw@example.com/'])('refuses credentials in %s', (url) => {
    expect(() => parseImportUrl(url)).toThrow(expect.objectContaining({ details: expect.objectContaining({ reason: 'credentials' }) }));
  });

  it('refuses what is not a URL and accepts http and https', () => {
    expect(() => parseImportUrl('not a url')).toThrow(expect.objectContaining({ details: expect.objectContaining({ reason: 'invalid_url' }) }));
    expect(parseImportUrl('HTTPS://Example.COM/a.png').href).toBe('https://example.com/a.png');
  });
});

describe('isImportableAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.0.10',
    '100.64.0.1',
    '169.254.169.254',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    '::ffff:7f00:1', // mapped 127.0.0.1, as the URL parser writes it
    '::ffff:127.0.0.1',
    '::7f00:1', // IPv4-compatible 127.0.0.1, which the shared address check lets through
    '64:ff9b::a9fe:a9fe', // NAT64 of the metadata address
    '2002:a00:1::1', // 6to4 of 10.0.0.1
    'not-an-address',
  ])('refuses %s', (address) => {
    expect(isImportableAddress(address, strict)).toBe(false);
  });

  it.each(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946', '64:ff9b::5db8:d822', '::ffff:5db8:d822'])('accepts the public address %s', (address) => {
    expect(isImportableAddress(address, strict)).toBe(true);
  });

  it('allows exactly the listed addresses, and never link-local under the blanket flag', () => {
    const listed = { allowPrivateAddresses: false, allowedAddresses: ['127.0.0.1'] };
    expect(isImportableAddress('127.0.0.1', listed)).toBe(true);
    expect(isImportableAddress('127.0.0.2', listed)).toBe(false);
    expect(isImportableAddress('::1', listed)).toBe(false);

    const intranet = { allowPrivateAddresses: true };
    expect(isImportableAddress('10.1.2.3', intranet)).toBe(true);
    expect(isImportableAddress('169.254.169.254', intranet)).toBe(false);
    expect(isImportableAddress('::ffff:a9fe:a9fe', intranet)).toBe(false);
    expect(isImportableAddress('fe80::1', intranet)).toBe(false);
  });
});

describe('pinTarget', () => {
  it('resolves a name once and pins its first address', async () => {
    const asked: string[] = [];
    const settings = { ...strict, resolveHost: async (name: string) => (asked.push(name), ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946']) };
    const target = await pinTarget(new URL('https://Media.Example.com./a.png'), settings);
    expect(target).toMatchObject({ hostname: 'media.example.com', address: '93.184.216.34', family: 4 });
    expect(asked).toEqual(['media.example.com.']);
  });

  it('refuses a name when any of its addresses is private', async () => {
    const settings = { ...strict, resolveHost: async () => ['93.184.216.34', '10.0.0.7'] };
    await expect(pinTarget(new URL('http://mixed.example/'), settings)).rejects.toMatchObject({ details: { reason: 'private_address', address: '10.0.0.7' } });
  });

  it('refuses a name that does not resolve', async () => {
    const settings = { ...strict, resolveHost: async () => Promise.reject(new Error('ENOTFOUND')) };
    await expect(pinTarget(new URL('http://nowhere.example/'), settings)).rejects.toMatchObject({ details: { reason: 'unresolvable' } });
    await expect(pinTarget(new URL('http://empty.example/'), { ...strict, resolveHost: async () => [] })).rejects.toMatchObject({ details: { reason: 'unresolvable' } });
  });
});
