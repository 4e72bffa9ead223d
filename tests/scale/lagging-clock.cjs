// Preloaded into one instance of the scale-out test (scripts/scale-server.ts): its monotonic clock
// (performance.now) runs 200 ms behind its wall clock (Date.now), as on some CI virtual machines.
// Cache invalidation must not depend on the two agreeing.
const now = performance.now.bind(performance);
performance.now = () => now() - 200;
