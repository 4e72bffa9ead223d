// @ts-check
/*
 * Tag invalidations shared by every app instance through PostgreSQL LISTEN/NOTIFY.
 *
 * An instance that invalidates tags records them at once (so the officer who saved sees the change)
 * and NOTIFYs the others; each instance records what it hears on its own clock. Nothing is stored:
 * entries live in each instance's memory, and an instance that was not listening (starting, or its
 * connection dropped) cannot have missed anything it keeps, because it serves nothing from the cache
 * until it listens and forgets everything when it reconnects.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import createSubscriber from "pg-listen";
import { TaggedEntries } from "./entries.mjs";
import { CHANNEL } from "./state-key.mjs";

export { CHANNEL };
/** NOTIFY payloads are limited to 8000 bytes; tags go out in batches well under that. */
const MAX_PAYLOAD_CHARS = 6000;

/**
 * @typedef {{ from: string, tags: string[] }} Notice
 * @typedef {"local" | "connecting" | "listening" | "disconnected" | "closed"} SharingState
 * @typedef {{ tags: readonly string[] } | { reset: true }} Change
 *   What listeners (the search index, server/search/catalogue-index.ts) hear: tags invalidated here or
 *   on another instance, or `reset` when this instance starts listening (again) and may have missed some.
 */

export class SharedTagCache {
  /**
   * @param {{ connectionString?: string, maxBytes: number, log?: Pick<Console, "warn" | "error">, retryMs?: number }} options
   *   Without a connection string the cache is this instance's alone (one machine, or `next build`).
   *   `retryMs`: how long to wait before trying again when the first connection fails.
   */
  constructor({ connectionString, maxBytes, log = console, retryMs = 5000 }) {
    this.retryMs = retryMs;
    this.id = randomUUID();
    this.entries = new TaggedEntries({ maxBytes });
    this.connectionString = connectionString;
    this.log = log;
    /** @type {SharingState} */
    this.state = connectionString ? "connecting" : "local";
    /** @type {import("pg-listen").Subscriber<{ [CHANNEL]: Notice }> | null} */
    this.subscriber = null;
    /** @type {Promise<void> | null} */
    this.started = null;
    /** @type {Set<(change: Change) => void>} */
    this.listeners = new Set();
  }

  /**
   * Calls `listener` with every change this instance learns of, the way entries are expired: tags
   * invalidated here or heard from another instance, and `reset` on (re)starting to listen.
   * @param {(change: Change) => void} listener
   * @returns {() => void} stops listening
   */
  onChange(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** @param {Change} change */
  emit(change) {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        this.log.error("[cache] a change listener failed", error);
      }
    }
  }

  /** Starts listening; idempotent. Resolves once listening (or failed: the cache then stays bypassed). */
  start() {
    if (!this.connectionString || this.started) return this.started ?? Promise.resolve();
    /** @type {import("pg-listen").Subscriber<{ [CHANNEL]: Notice }>} */
    const subscriber = createSubscriber(
      { connectionString: this.connectionString, application_name: "ocop-cache-tags" },
      // Reconnect forever (retryTimeout 0 = no deadline); check the connection every 5 s so a silently
      // dead one is noticed and the cache bypassed.
      { paranoidChecking: 5000, retryInterval: (attempt) => Math.min(500 * attempt, 5000), retryTimeout: 0 },
    );
    this.subscriber = subscriber;
    subscriber.notifications.on(CHANNEL, (notice) => {
      if (notice && notice.from !== this.id && Array.isArray(notice.tags)) {
        this.entries.invalidate(notice.tags);
        this.emit({ tags: notice.tags });
      }
    });
    subscriber.events.on("reconnect", () => {
      this.state = "disconnected";
    });
    subscriber.events.on("connected", () => {
      // pg-listen says "connected" on the first connection before LISTEN (handled below) and after a
      // reconnection once it listens again. Invalidations sent while away were missed: start afresh.
      if (this.state !== "disconnected") return;
      this.entries.clear();
      this.state = "listening";
      this.emit({ reset: true });
    });
    subscriber.events.on("error", (error) => {
      this.state = "disconnected";
      this.log.error("[cache] lost the invalidation channel; serving uncached until it is back", error);
    });
    this.started = subscriber
      .connect()
      .then(() => subscriber.listenTo(CHANNEL))
      .then(() => {
        if (this.state === "closed") return void subscriber.close().catch(() => undefined);
        this.entries.clear();
        this.state = "listening";
        this.emit({ reset: true });
      })
      .catch((error) => {
        if (this.state === "closed") return;
        this.state = "disconnected";
        this.log.error("[cache] could not listen for invalidations; serving uncached, retrying", error);
        // pg-listen reconnects a connection it once had, not a first one that failed (the database
        // not up yet, say): start over after a while, so the instance does not stay uncached for good.
        void subscriber.close().catch(() => undefined);
        this.subscriber = null;
        this.started = null;
        setTimeout(() => {
          if (this.state !== "closed") void this.start();
        }, this.retryMs).unref();
      });
    return this.started;
  }

  /** Whether entries may be served: always alone, and when shared only while listening. */
  get usable() {
    return this.state === "local" || this.state === "listening";
  }

  /** @param {string} key @param {import("./entries.mjs").LookupContext} [context] */
  get(key, context) {
    if (!this.usable) return null;
    return this.entries.get(key, context);
  }

  /** A stored page the front door may serve as is, by its path (see TaggedEntries.freshPage). */
  freshPage(/** @type {string} */ path) {
    if (!this.usable) return null;
    return this.entries.freshPage(path);
  }

  /** @param {string} key @param {import("./entries.mjs").IncrementalCacheValue | null} value @param {import("./entries.mjs").StoreContext} [context] */
  set(key, value, context) {
    if (!this.usable) return;
    this.entries.set(key, value, context);
  }

  /** Invalidates here at once, then tells the other instances. */
  async invalidate(/** @type {readonly string[]} */ tags) {
    if (tags.length === 0) return;
    this.entries.invalidate(tags);
    this.emit({ tags });
    if (!this.connectionString) return;
    for (const batch of batches(tags)) await this.publish({ from: this.id, tags: batch });
  }

  /** @param {Notice} notice */
  async publish(notice) {
    if (this.subscriber && this.state === "listening") {
      try {
        await this.subscriber.notify(CHANNEL, notice);
        return;
      } catch (error) {
        this.log.warn("[cache] NOTIFY on the listening connection failed; retrying on a new one", error);
      }
    }
    // The listening connection is down or failed: a one-off connection still reaches the others.
    const client = new pg.Client({ connectionString: this.connectionString, application_name: "ocop-cache-tags" });
    try {
      await client.connect();
      await client.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify(notice)]);
    } catch (error) {
      this.log.error("[cache] could not tell other instances about invalidated tags", notice.tags, error);
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  async close() {
    this.state = "closed";
    await this.subscriber?.close().catch(() => undefined);
  }
}

/** Splits tags into NOTIFY-sized groups. */
export function batches(/** @type {readonly string[]} */ tags) {
  /** @type {string[][]} */
  const out = [];
  let current = /** @type {string[]} */ ([]);
  let size = 0;
  for (const tag of tags) {
    if (current.length > 0 && size + tag.length + 3 > MAX_PAYLOAD_CHARS) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(tag);
    size += tag.length + 3;
  }
  if (current.length > 0) out.push(current);
  return out;
}
