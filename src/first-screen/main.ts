import { startFirstScreen } from "./first-screen";
import { ROOT_ID } from "./protocol";

// The build bundles this on its own and inlines it right after the root (vite.config.ts).
startFirstScreen(document.getElementById(ROOT_ID)!, location.search);
