import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression } from "vite-plugin-compression2";

export default defineConfig({
  plugins: [
    react(),
    // Brotli and gzip copies beside each text asset, compressed once at build time at the highest levels (kept only where smaller);
    // the server sends whichever the browser accepts (apps/server/src/http/app.ts), the plain file otherwise.
    compression({ include: /\.(js|css|html|svg)$/, algorithms: ["brotliCompress", "gzip"] }),
  ],
  server: {
    port: 5173,
    // The API server runs separately in development; the built app is served by it in production.
    // /auth/oidc: the OpenID Connect sign-in routes (TOPOGRAPH_PUBLIC_URL=http://localhost:5173 in development).
    proxy: { "/trpc": "http://localhost:3000", "/auth/oidc": "http://localhost:3000" },
  },
  build: { sourcemap: true },
});
