/**
 * Self-signed certificates for the local Graph stand-in, made with openssl on first use.
 *
 * graph-client 3 attaches the bearer token only to https URLs and msal-node refuses an http
 * authority, so the stand-in must speak TLS; a certificate for 127.0.0.1 (IP SAN) is the least
 * that Node's TLS accepts. Files live in tests/.tmp/ (gitignored) and are reused across runs.
 */
import { execFile } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const TMP_DIR = path.resolve(__dirname, '..', '..', '.tmp');

export interface CertFiles {
  certPath: string;
  keyPath: string;
}

/** The stand-in's server certificate (CN and SAN 127.0.0.1). Callers trust certPath as a CA. */
export async function ensureTestCert(): Promise<CertFiles> {
  return ensureCert('graph-tls', '127.0.0.1', ['-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost']);
}

export interface ClientCertificate {
  certPem: string;
  privateKeyPem: string;
  /** SHA-256 thumbprint of the DER certificate, hex: what msal-node sends as x5t#S256. */
  thumbprintSha256: string;
}

/** A certificate for the app registration (client-credentials flow with a signed assertion). */
export async function ensureClientCertificate(): Promise<ClientCertificate> {
  const files = await ensureCert('graph-client-cert', 'skolemiljo-test-app', []);
  const certPem = await readFile(files.certPath, 'utf8');
  const privateKeyPem = await readFile(files.keyPath, 'utf8');
  const der = new X509Certificate(certPem).raw;
  return { certPem, privateKeyPem, thumbprintSha256: createHash('sha256').update(der).digest('hex') };
}

async function ensureCert(name: string, cn: string, extra: string[]): Promise<CertFiles> {
  const dir = path.join(TMP_DIR, name);
  const files = { certPath: path.join(dir, 'cert.pem'), keyPath: path.join(dir, 'key.pem') };
  if (existsSync(files.certPath) && existsSync(files.keyPath)) return files;
  await mkdir(TMP_DIR, { recursive: true });
  // Generate into a private directory and rename it into place: the rename is atomic, so two
  // processes starting at once never pair one's key with the other's certificate.
  const work = await mkdtemp(path.join(TMP_DIR, `${name}-`));
  try {
    await run('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '3650',
      '-subj', `/CN=${cn}`, ...extra,
      '-keyout', path.join(work, 'key.pem'), '-out', path.join(work, 'cert.pem'),
    ]);
    await rename(work, dir);
  } catch (err) {
    await rm(work, { recursive: true, force: true });
    // Lost the race to another process: its files are complete, use them.
    if (existsSync(files.certPath) && existsSync(files.keyPath)) return files;
    throw err;
  }
  return files;
}
