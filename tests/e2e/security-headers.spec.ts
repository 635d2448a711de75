import { expect, test } from "@playwright/test";

test("every page is served with a nonce-based CSP and hardening headers", async ({ request }) => {
  const res = await request.get("/login");
  expect(res.status()).toBe(200);
  const csp = res.headers()["content-security-policy"]!;
  const scriptSrc = csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src"))!;
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["referrer-policy"]).toBe("same-origin");
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];
  const html = await res.text();
  // Every script tag carries this response's nonce.
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) expect(s).toContain(`nonce="${nonce}"`);
  const second = await request.get("/login");
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
});
