import { boot } from "@/app/boot";
import "@/styles/index.css";
import "@/styles/print.css";

// The entry imports only the app (app/boot.ts decides how it starts) and the styles.
boot();
