import { SessionStore } from './session-store.js';

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
    this.connection = new signalR.HubConnectionBuilder()
      .withUrl('/hubs/session')
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => Math.min(10_000, 500 * 2 ** context.previousRetryCount) })
      .build();
    this.connection.on('events', (batch) => this.receive(batch));
    this.connection.onreconnecting(() => this.onConnection('reconnecting'));
    this.connection.onreconnected(() => this.resume());
    this.connection.onclose(() => this.restart());
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
        await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 1000 * 2 ** attempt)));
      }
    }
  }

  async resume() {
    try {
      this.applyCatchUp(await this.bind(this.connection, this.store.epoch, this.store.seq));
      this.onConnection('connected');
    } catch (error) {
      this.onConnection('failed', error);
    }
  }

  invoke(method, ...args) {
    return this.connection.invoke(method, ...args).catch((error) => {
      throw toHubError(error);
    });
  }

  receive(batch) {
    if (this.catchingUp || this.store.epoch === null) return;
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
  }

  catchUp() {
    // Events that arrive meanwhile are dropped: the catch-up covers them, or the next gap asks again.
    this.catchingUp ??= this.connection.invoke('CatchUp', this.store.epoch ?? '00000000-0000-0000-0000-000000000000', this.store.seq)
      .then((catchUp) => this.applyCatchUp(catchUp))
      .catch(() => {})
      .finally(() => { this.catchingUp = null; });
  }
}

/** Hub errors carry a stable code: "wrong_phase: You can vote only in ..." */
export function toHubError(error) {
  const match = /(?:^|\s)([a-z][a-z_]*): ([\s\S]*)$/.exec(String(error?.message ?? ''));
  const hubError = new Error(match ? match[2] : String(error?.message ?? error));
  hubError.code = match ? match[1] : 'unavailable';
  return hubError;
}
