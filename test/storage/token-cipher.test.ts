import { describe, expect, it } from 'vitest';
import { TokenCipher } from '../../src/storage/token-cipher.js';

const KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

describe('TokenCipher', () => {
  it('round-trips, with a fresh IV each time', () => {
    const cipher = new TokenCipher(KEY);
    const a = cipher.encrypt('xoxb-secret');
    const b = cipher.encrypt('xoxb-secret');
    expect(a).not.toBe(b);
    expect(a).not.toContain('xoxb');
    expect(cipher.decrypt(a)).toBe('xoxb-secret');
  });

  it('refuses a tampered value and the wrong key', () => {
    const sealed = new TokenCipher(KEY).encrypt('xoxb-secret');
    const parts = sealed.split(':');
    const body = Buffer.from(parts[3] ?? '', 'base64');
    body[0] = (body[0] ?? 0) ^ 1;
    const tampered = [...parts.slice(0, 3), body.toString('base64')].join(':');
    expect(() => new TokenCipher(KEY).decrypt(tampered)).toThrow();
    expect(() => new TokenCipher('ff'.repeat(32)).decrypt(sealed)).toThrow();
  });

  it('binds a value to its context: it cannot be moved to another workspace', () => {
    const cipher = new TokenCipher(KEY);
    const sealed = cipher.encrypt('xoxb-alpha', 'T0ALPHA');
    expect(cipher.decrypt(sealed, 'T0ALPHA')).toBe('xoxb-alpha');
    expect(() => cipher.decrypt(sealed, 'T0BRAVO')).toThrow();
  });

  it('needs 32 bytes of key', () => {
    expect(() => new TokenCipher('abc')).toThrow('64 hex characters');
  });
});
