import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    // The API server runs separately in development; the built app is served by it in production.
    // /auth/oidc: the OpenID Connect sign-in routes (TOPOGRAPH_PUBLIC_URL=http://localhost:5173 in development).
    proxy: { "/trpc": "http://localhost:3000", "/auth/oidc": "http://localhost:3000" },
  },
  build: { sourcemap: true },
});
