import { SessionStore } from './session-store.js';

// Errors after which binding again cannot help: the person has to join anew or sign in.
const finalCodes = new Set(['invalid_token', 'participant_not_found', 'participant_removed', 'session_not_found', 'invalid_code', 'unauthorized', 'forbidden']);
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One live connection to one session. `bind(connection, epoch, afterSeq)` says who this client
 * is (join, rejoin, moderate or watch) and returns a catch-up; it runs again after every
 * reconnect, so the client resumes exactly where it left off, or from a fresh snapshot.
 */
export class LiveSession {
  constructor({ bind, onChange, onEvent, onConnection, isModerator = false }) {
    this.store = new SessionStore();
    this.store.isModerator = isModerator;
    this.bind = bind;
    this.onChange = onChange ?? (() => {});
    this.onEvent = onEvent ?? (() => {});
    this.onConnection = onConnection ?? (() => {});
    this.catchingUp = null;
    this.queued = [];
    this.bindWaiters = [];
    this.connection = new signalR.HubConnectionBuilder()
      .withUrl('/hubs/session')
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => Math.min(10_000, 500 * 2 ** context.previousRetryCount) })
      .build();
    this.connection.on('events', (batch) => this.receive(batch));
    this.connection.on('removed', () => this.end({ code: 'participant_removed' }));
    this.connection.onreconnecting(() => this.onConnection('reconnecting'));
    this.connection.onreconnected(() => this.resume());
    this.connection.onclose(() => this.ended || this.restart());
  }

  /** Stops for good: the person was removed, or left the session themselves. */
  async end(reason) {
    this.ended = true;
    this.settleWaiters(reason);
    await this.connection.stop();
    this.onConnection('failed', reason);
  }

  async start() {
    await this.connection.start();
    this.onConnection('connected');
  }

  async restart() {
    this.onConnection('reconnecting');
    for (let attempt = 0; ; attempt++) {
      try {
        await this.connection.start();
        await this.resume();
        return;
      } catch {
        await delay(Math.min(10_000, 1000 * 2 ** attempt));
      }
    }
  }

  /** Binds again and catches up; retries passing failures for as long as the connection is up. */
  async resume() {
    for (let attempt = 0; ; attempt++) {
      try {
        this.applyCatchUp(await this.bind(this.connection, this.store.epoch, this.store.seq));
        this.onConnection('connected');
        this.settleWaiters(null);
        return true;
      } catch (error) {
        const hubError = toHubError(error);
        if (finalCodes.has(hubError.code) || this.connection.state !== signalR.HubConnectionState.Connected) {
          if (finalCodes.has(hubError.code)) this.settleWaiters(hubError);
          this.onConnection('failed', hubError);
          return false;
        }
        this.onConnection('reconnecting');
        await delay(Math.min(10_000, 500 * 2 ** attempt));
      }
    }
  }

  invoke(method, ...args) {
    return this.connection.invoke(method, ...args).catch((error) => {
      throw toHubError(error);
    });
  }

  /**
   * A write the person must not make twice by accident. It carries an operation id the server
   * remembers (docs/protocol.md, "Repeated writes"); if the connection drops before the answer
   * comes, it goes again with the same id once the session is bound again, so that it counts once
   * whether or not the first try reached the server.
   */
  async write(method, ...args) {
    const operationId = newOperationId();
    for (;;) {
      try {
        return await this.invoke(method, ...args, operationId);
      } catch (error) {
        const dropped = error.code === 'unavailable' && this.connection.state !== signalR.HubConnectionState.Connected;
        if (!dropped || this.ended) throw error;
        await this.rebound();
      }
    }
  }

  /** Resolves when the session is bound again after a drop; rejects if it never will be. */
  rebound() {
    return new Promise((resolve, reject) => this.bindWaiters.push({ resolve, reject }));
  }

  settleWaiters(error) {
    const waiters = this.bindWaiters;
    this.bindWaiters = [];
    for (const waiter of waiters) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
  }

  receive(batch) {
    if (this.catchingUp || this.store.epoch === null) {
      // Kept until the snapshot or catch-up under way has landed, then applied after it.
      this.queued.push(batch);
      return;
    }
    if (batch.epoch !== this.store.epoch) {
      this.catchUp();
      return;
    }
    for (const event of batch.events) {
      if (event.seq <= this.store.seq) continue;
      if (event.seq > this.store.seq + 1) {
        this.catchUp();
        return;
      }
      this.store.apply(event);
      this.onEvent(event);
    }
    this.onChange();
  }

  applyCatchUp(catchUp) {
    if (catchUp.snapshot) {
      this.store.applySnapshot(catchUp.snapshot);
    } else if (catchUp.events) {
      for (const event of catchUp.events.events) {
        if (event.seq === this.store.seq + 1) this.store.apply(event);
      }
    }
    this.onChange();
    const queued = this.queued;
    this.queued = [];
    for (const batch of queued) this.receive(batch);
  }

  catchUp() {
    if (this.catchingUp) return;
    this.catchingUp = this.connection.invoke('CatchUp', this.store.epoch ?? '00000000-0000-0000-0000-000000000000', this.store.seq)
      .then((catchUp) => {
        this.catchingUp = null;
        this.applyCatchUp(catchUp);
      })
      .catch(() => {
        // The reconnect path binds and catches up again.
        this.catchingUp = null;
      });
  }
}

/** A random version 4 UUID; `crypto.randomUUID` exists only on https, and a Hub on a local network may be plain http. */
export function newOperationId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Hub errors carry a stable code: "wrong_phase: You can vote only in ..." */
export function toHubError(error) {
  const match = /(?:^|\s)([a-z][a-z_]*): ([\s\S]*)$/.exec(String(error?.message ?? ''));
  const hubError = new Error(match ? match[2] : String(error?.message ?? error));
  hubError.code = match ? match[1] : 'unavailable';
  return hubError;
}
