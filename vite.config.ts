import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { bundledArticles } from "./scripts/articles-plugin.ts";
import { contentSecurityPolicy } from "./scripts/csp-plugin.ts";

const articlesDir = fileURLToPath(new URL("./articles", import.meta.url));

export default defineConfig({
  plugins: [react(), bundledArticles(articlesDir), contentSecurityPolicy()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: { target: "es2022", sourcemap: true },
  // Workers are ES modules, each its own chunk. The import worker reads the library, bundled articles
  // included, so workers get the plugin that provides them too.
  worker: { format: "es", plugins: () => [bundledArticles(articlesDir)] },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
    environment: "node",
  },
});
