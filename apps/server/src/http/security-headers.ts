import type { IncomingMessage, ServerResponse } from "node:http";
import { requestOrigin } from "@topograph/api";
import helmet, { type HelmetOptions } from "helmet";

/**
 * What the web app may load and run (docs/security.md explains each source). Only our own files:
 * no inline or eval'd script anywhere. Styles allow 'unsafe-inline' because React Flow positions
 * nodes with style attributes and Mermaid's SVG carries its own <style> element; images allow
 * data: because the PNG/SVG export draws the graph through a data: URL. The ELK layout worker is a
 * built file of our own ('self').
 */
const CONTENT_SECURITY_POLICY = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

/** Helmet's defaults, with our CSP, no framing, and referrers kept on our own site (the CSRF check may read them). */
const POLICY = {
  // Not helmet's defaults: they add upgrade-insecure-requests, which breaks a portal served over plain HTTP.
  contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  referrerPolicy: { policy: "same-origin" },
  xFrameOptions: { action: "deny" },
} satisfies HelmetOptions;

/**
 * Sets the security headers on every response. Strict-Transport-Security only on responses the
 * browser received over TLS (directly, or as a trusted proxy reports): sent over plain HTTP it is
 * ignored at best, and on a TLS-less install it must never be pinned.
 */
export function securityHeaders(trustProxy: boolean): (req: IncomingMessage, res: ServerResponse) => void {
  const overHttp = helmet({ ...POLICY, strictTransportSecurity: false });
  const overTls = helmet(POLICY);
  return (req, res) => {
    const apply = requestOrigin(req, trustProxy).secure ? overTls : overHttp;
    // Helmet only sets headers, synchronously; its callback reports nothing but a broken policy.
    apply(req, res, (error) => {
      if (error) throw error;
    });
  };
}
