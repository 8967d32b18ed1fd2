import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The baseline pages of `npm run bench`, built apart from the app so that the app's build stays as it
// ships. Served by the benchmark under /baselines/ beside the app (same origin: they read the app's
// database).
const pages = (name: string) => fileURLToPath(new URL(`./pages/${name}.html`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL("./pages", import.meta.url)),
  base: "/baselines/",
  logLevel: "warn",
  build: {
    target: "es2022",
    outDir: fileURLToPath(new URL("./.generated/baselines", import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        prosemirror: pages("prosemirror"),
        "text-annotator": pages("text-annotator"),
        store: pages("store"),
      },
    },
  },
});
