import { clsx, type ClassValue } from "clsx";
import { createTailwindMerge } from "tailwind-merge";

const any = () => true;
const arbitrary = (v: string) => v.startsWith("[") || v.startsWith("(");
const notArbitrary = (v: string) => !arbitrary(v);

/**
 * tailwind-merge told only about the utilities our components let a caller override (size,
 * padding, text size, colour and alignment, wrapping, background): a later class of the same kind
 * replaces an earlier one, as in `<Button className="h-auto whitespace-normal">`; other classes
 * are kept as written. The library's full default configuration is most of its size and its
 * start-up time, and would be paid on every first visit for classes we never override.
 */
const merge = createTailwindMerge(() => ({
  cacheSize: 300,
  theme: {},
  classGroups: {
    h: [{ h: [any] }],
    "min-h": [{ "min-h": [any] }],
    w: [{ w: [any] }],
    size: [{ size: [any] }],
    p: [{ p: [any] }],
    px: [{ px: [any] }],
    py: [{ py: [any] }],
    "font-size": [{ text: ["xs", "sm", "base", "lg", "xl", "2xl", "3xl", "4xl", arbitrary] }],
    "text-alignment": [{ text: ["left", "center", "right", "justify", "start", "end"] }],
    "text-color": [{ text: [notArbitrary] }],
    whitespace: [
      { whitespace: ["normal", "nowrap", "pre", "pre-line", "pre-wrap", "break-spaces"] },
    ],
    "bg-color": [{ bg: [notArbitrary] }],
  },
  conflictingClassGroups: { p: ["px", "py"], size: ["w", "h"] },
  conflictingClassGroupModifiers: {},
  orderSensitiveModifiers: [],
}));

export function cn(...inputs: ClassValue[]): string {
  return merge(clsx(inputs));
}
