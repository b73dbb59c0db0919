import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import type { ComponentProps } from "react";
import type * as Recharts from "recharts";
import { afterEach, vi } from "vitest";
import "@/app/i18n";
import { installPopoverPolyfill } from "./test-popover";

// Two-core CI machines under load: give async queries room before they fail.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => cleanup());

// jsdom has no popover API; menus open with it (components/ui/use-popover.ts).
installPopoverPolyfill();

// jsdom has no layout, so ResponsiveContainer would measure 0×0 and draw nothing: give it a size.
vi.mock("recharts", async (importOriginal) => {
  const mod = await importOriginal<typeof Recharts>();
  const Fixed = (p: ComponentProps<typeof mod.ResponsiveContainer>) => (
    <mod.ResponsiveContainer {...p} width={600} height={300} />
  );
  return { ...mod, ResponsiveContainer: Fixed };
});
