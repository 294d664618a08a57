import { expect, test } from 'vitest';
import { isPublicAddress } from './addresses.js';

test('loopback, private, link-local, CGNAT and unique-local addresses are not public', () => {
  for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '::7f00:1', '::127.0.0.1', '64:ff9b::a9fe:a9fe', '64:ff9b::10.0.0.1', '2002:7f00:1::1', '2002:a00:1::1', 'not an ip']) {
    expect(isPublicAddress(address), address).toBe(false);
  }
});

test('addresses on the public internet are allowed', () => {
  for (const address of ['1.1.1.1', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1']) {
    expect(isPublicAddress(address), address).toBe(true);
  }
});
