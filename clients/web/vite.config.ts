import { defineConfig } from "vite";

// The bundle goes where the gateway serves its web root from (gitignored, rebuilt by the gateway's build).
export default defineConfig({
  base: "/",
  build: {
    outDir: "../../gateway/wwwroot",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: {
    proxy: {
      "/api": { target: "http://localhost:8000", ws: true },
      "/.well-known": "http://localhost:8000",
    },
  },
});
