/** The offline page's entry (webpack.page.js inlines it into dist/edu-balance.html). */
import { createRoot } from "react-dom/client";
import { PageApp } from "./PageApp";

let node = document.getElementById("root");
if (!node) {
  node = document.createElement("div");
  node.id = "root";
  document.body.appendChild(node);
}
createRoot(node).render(<PageApp />);
