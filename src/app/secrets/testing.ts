/** A secret box with a fresh random key, for tests that store credentials. */
import { randomBytes } from 'node:crypto';
import { createSecretBox, type SecretBox } from './secret-box.js';

export const testSecretBox = (): SecretBox => createSecretBox(randomBytes(32));
