import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Encrypts what must not sit in the database in clear (OAuth tokens): AES-256-GCM with a fresh IV for every
 * value, so a copied database is useless without ENCRYPTION_KEY, and a tampered value fails to decrypt.
 */
export class TokenCipher {
  private readonly key: Buffer;

  /** `hexKey`: 32 bytes as 64 hex characters. */
  constructor(hexKey: string) {
    if (!/^[0-9a-fA-F]{64}$/.test(hexKey))
      throw new Error('the encryption key must be 64 hex characters (32 bytes)');
    this.key = Buffer.from(hexKey, 'hex');
  }

  /** `context` (e.g. the workspace it belongs to) is authenticated too: the value cannot be moved to another row. */
  encrypt(plain: string, context = ''): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [
      'v1',
      iv.toString('base64'),
      cipher.getAuthTag().toString('base64'),
      body.toString('base64'),
    ].join(':');
  }

  decrypt(sealed: string, context = ''): string {
    const [version, iv, tag, body] = sealed.split(':');
    if (version !== 'v1' || !iv || !tag || body === undefined)
      throw new Error('not a value this cipher wrote');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }
}
