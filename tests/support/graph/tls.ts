/**
 * Makes this process's built-in fetch trust the stand-in's self-signed certificate.
 *
 * Both graph-client 3 and msal-node 5 call Node's global fetch (undici), which ignores the
 * `agent` option and reads NODE_EXTRA_CA_CERTS only at process start. Mocha (and tsx) start the
 * process before any test code runs, so the test swaps undici's global dispatcher for one whose
 * TLS trust is Node's root store plus the test certificate. Node's fetch looks the dispatcher up
 * through a registry shared with the `undici` package, so the adapter itself needs no test hook.
 * Child processes (the provisioning CLI) get NODE_EXTRA_CA_CERTS instead.
 */
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { Agent, getGlobalDispatcher, setGlobalDispatcher } from 'undici';

/** Trusts `certPath` in addition to the usual roots; returns a function that undoes it. */
export function trustCertificate(certPath: string): () => Promise<void> {
  const previous = getGlobalDispatcher();
  const agent = new Agent({ connect: { ca: [...rootCertificates, readFileSync(certPath, 'utf8')] } });
  setGlobalDispatcher(agent);
  return async () => {
    setGlobalDispatcher(previous);
    await agent.close();
  };
}
