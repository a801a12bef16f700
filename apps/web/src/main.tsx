// Before any schema exists, Zod is told not to probe for eval, which our CSP forbids (see the file).
import "./lib/zod-without-eval.ts";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./ui/styles/index.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element.");

// Imported only now: a static import would build the app's schemas (@topograph/domain) before the
// setting above, since a bundle runs the chunks it imports before its own code.
const { App } = await import("./app/App.tsx");

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
