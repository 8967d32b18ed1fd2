import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { bundledArticles } from "./scripts/articles-plugin.ts";
import { contentSecurityPolicy } from "./scripts/csp-plugin.ts";

export default defineConfig({
  plugins: [
    react(),
    bundledArticles(fileURLToPath(new URL("./articles", import.meta.url))),
    contentSecurityPolicy(),
  ],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: { target: "es2022", sourcemap: true },
  // The search worker is an ES module, its own chunk, loaded when the library is first shown.
  worker: { format: "es" },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
    environment: "node",
  },
});
