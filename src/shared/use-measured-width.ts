// The hook lives in components/ui (charts below shared/ use it). This re-export only keeps
// features/map/map-canvas.tsx compiling until it imports from "@/components/ui/use-measured-width".
export { useMeasuredWidth } from "@/components/ui/use-measured-width";
