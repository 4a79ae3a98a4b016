import { hasText, t, tn } from './strings.js';

// Everything user-written goes in through textContent: ideas, names and group titles are never markup.

export function el(tag, options = {}, ...children) {
  const node = document.createElement(tag);
  const { text, className, attrs, on } = options;
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, handler] of Object.entries(on ?? {})) node.addEventListener(name, handler);
  for (const child of children) if (child) node.append(child);
  return node;
}

export function bound(root, name) {
  return [...root.querySelectorAll(`[data-bind="${name}"]`)];
}

export function setText(root, name, text) {
  for (const node of bound(root, name)) node.textContent = text;
}

const phaseHints = {
  Lobby: 'Waiting for the moderator to start.',
  Ideate: 'Post your ideas.',
  Group: 'The ideas are being grouped.',
  Vote: 'Vote for the ideas you like best.',
  Results: 'The results are in.',
  Closed: 'The session is closed. Thank you!',
};

/** Phase badge, hint, presence and timer: the same on every page. */
export function renderStatus(root, store) {
  for (const badge of bound(root, 'phase')) {
    badge.textContent = t(store.phase);
    badge.dataset.phase = store.phase;
  }
  setText(root, 'phase-hint', t(phaseHints[store.phase] ?? ''));
  setText(root, 'presence-count', t('{0} here', store.presence.count));
  const { count, names } = store.presence;
  const more = count > names.length ? [t('and {0} more', count - names.length)] : [];
  // An anonymous session sends a count and no names.
  setText(root, 'presence-names', names.length ? [...names, ...more].join(', ') : count ? '' : t('Nobody yet'));
  renderTimer(root, store);
}

export function renderTimer(root, store) {
  const left = store.secondsLeft();
  for (const timer of bound(root, 'timer')) {
    timer.hidden = left === null;
    if (left === null) continue;
    const text = left === 0 ? t('Time is up') : `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    if (timer.textContent !== text) timer.textContent = text;
    timer.classList.toggle('urgent', left <= 10);
  }
}

/** Keeps the countdown moving between events; the end time itself comes from the server. */
export function tickTimer(root, store) {
  setInterval(() => renderTimer(root, store), 500);
}

export function announce(root, message) {
  for (const region of bound(root, 'announcer')) {
    region.textContent = '';
    region.textContent = message;
  }
}

/** A refusal in the page's language where its code is known, else the server's own words. */
export function showError(root, error) {
  const reason = error && hasText(`error:${error.code}`) ? t(`error:${error.code}`) : error?.message;
  setText(root, 'error', error ? t('Could not do that: {0}', reason) : '');
}

/** Runs an action for the person at the screen; a refusal shows as the page's error, not an exception. */
export async function act(root, action) {
  showError(root, null);
  try {
    return await action();
  } catch (error) {
    showError(root, error);
    return undefined;
  }
}

/**
 * The writes on their way, by what they act on. While one is pending its control says so and a
 * second press does nothing: a double tap sends once. The control stays focusable (aria-disabled,
 * not disabled), so a keyboard or screen reader user keeps their place.
 */
export class PendingWrites {
  constructor(render) {
    this.pending = new Set();
    this.render = render;
  }

  has(key) {
    return this.pending.has(key);
  }

  async run(key, write) {
    if (this.pending.has(key)) return undefined;
    this.pending.add(key);
    this.render();
    try {
      return await write();
    } finally {
      this.pending.delete(key);
      this.render();
    }
  }
}

/** Marks a control as busy or not, where the page itself draws it. */
export function markBusy(control, busy) {
  if (busy) control.setAttribute('aria-disabled', 'true');
  else control.removeAttribute('aria-disabled');
}

/**
 * Sends what a field holds and empties it once the server has it. Someone may already be
 * typing their next idea when the answer comes, so only the text that was sent is cleared.
 */
export async function sendField(input, send) {
  const text = input.value;
  const answer = await send(text);
  if (answer && input.value === text) input.value = '';
  return answer;
}

export function setConnection(root, state) {
  const text = { reconnecting: t('Connection lost. Reconnecting…'), failed: t('Not connected. Reload the page to try again.') }[state] ?? '';
  setText(root, 'connection', text);
}

/**
 * Re-renders a list while keeping keyboard focus on the control it was on, so live updates
 * never throw a keyboard or screen reader user back to the top of the page.
 */
export function replaceKeepingFocus(container, children) {
  const focusKey = document.activeElement?.dataset?.focusKey;
  container.replaceChildren(...children);
  if (focusKey) container.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
}

/** Ideas under their groups, the ungrouped last; or ranked by votes once results are in. */
export function renderBoard(container, store, renderIdea) {
  if (store.ideas.size === 0) {
    replaceKeepingFocus(container, [el('p', { className: 'empty', text: t('No ideas yet.') })]);
    return;
  }

  if (store.phase === 'Results' || store.phase === 'Closed') {
    const list = el('ol', { className: 'ideas ranked' });
    store.ranked().forEach((idea, index) => list.append(renderIdea(idea, index + 1)));
    replaceKeepingFocus(container, [list]);
    return;
  }

  const byGroup = new Map([...store.groups.keys()].map((id) => [id, []]));
  const ungrouped = [];
  for (const idea of store.ideas.values()) (byGroup.get(idea.groupId) ?? ungrouped).push(idea);
  const sections = [];
  for (const [id, ideas] of byGroup) sections.push(renderGroup(store.groups.get(id).name, ideas, renderIdea));
  if (ungrouped.length || sections.length === 0) sections.push(renderGroup(store.groups.size ? t('Ungrouped') : null, ungrouped, renderIdea));
  replaceKeepingFocus(container, sections);
}

function renderGroup(name, ideas, renderIdea) {
  const list = el('ul', { className: 'ideas' });
  for (const idea of ideas) list.append(renderIdea(idea));
  return el('section', { className: 'group' }, name ? el('h3', { text: name }) : null, list);
}

export function ideaCard(idea, rank, ...extras) {
  return el('li', { className: `idea${idea.hidden || idea.pending ? ' is-hidden' : ''}`, attrs: { 'data-idea-id': idea.id } },
    rank ? el('span', { className: 'rank', text: `${rank}.`, attrs: { 'aria-label': `${t('Rank')} ${rank}` } }) : null,
    el('p', { className: 'idea-text', text: idea.text }),
    el('p', { className: 'idea-meta' },
      idea.authorName ? el('span', { text: t('by {0}', idea.authorName) }) : null,
      el('span', { className: 'votes', text: tn(idea.votes, '{0} vote', '{0} votes') }),
      idea.hidden ? el('span', { className: 'badge', text: t('Hidden') }) : null,
      idea.pending ? el('span', { className: 'badge', text: t('Waiting for approval') }) : null,
      idea.reports > 0 ? el('span', { className: 'badge warning', text: tn(idea.reports, 'Reported {0} time', 'Reported {0} times') }) : null),
    ...extras);
}

export function groupOptions(store, selected) {
  return [...store.groups.values()].map((group) => {
    const option = el('option', { text: group.name, attrs: { value: group.id } });
    option.selected = group.id === selected;
    return option;
  });
}

/** The menu that moves an idea into a group, for moderators and, where allowed, participants. */
export function groupSelect(store, idea, onChange) {
  return el('select', {
    attrs: { 'aria-label': `${t('Move to group')}: ${idea.text}`, 'data-focus-key': `group:${idea.id}` },
    on: { change: (changeEvent) => onChange(changeEvent.target.value || null) },
  }, el('option', { text: t('Ungrouped'), attrs: { value: '' } }), ...groupOptions(store, idea.groupId));
}

/**
 * A menu or form in use on the board is not replaced, so a live update neither closes a menu, loses
 * what is being typed, nor swaps a button between press and release; the board catches up when
 * focus leaves it.
 */
export function choosingOnBoard() {
  const active = document.activeElement;
  if (!active?.closest('[data-bind="board"]')) return false;
  return active.tagName === 'SELECT' || active.closest('form') !== null;
}

/**
 * Holds the board back while a control on it is in use, and lets it catch up when focus leaves
 * that control. Only then: replacing the board moves focus too, which fires focusout, so catching
 * up on every focusout would redraw the board without end. A new phase is never held back: it
 * changes what may be done, so the board is redrawn at once, and the control in use comes back
 * with what was typed in it and with focus. Call the result with whether to hold this time; it
 * returns whether it held.
 */
export function boardHolder(root, store, render) {
  let held = false;
  let drawnPhase = null;
  for (const board of bound(root, 'board')) {
    board.addEventListener('focusout', () => {
      if (held) render();
    });
  }
  return (hold) => {
    held = hold && store.phase === drawnPhase;
    if (!held) drawnPhase = store.phase;
    return held;
  };
}

/** An idea's comments; each page adds its own controls to a comment. */
export function commentList(store, idea, controls) {
  const comments = store.commentsOn(idea.id);
  if (comments.length === 0) return null;
  return el('ul', { className: 'comments', attrs: { 'aria-label': t('Comments on: {0}', idea.text) } },
    ...comments.map((comment) => el('li', { className: `comment${comment.hidden ? ' is-hidden' : ''}` },
      el('p', { className: 'comment-text', text: comment.text }),
      el('p', { className: 'comment-meta' },
        comment.authorName ? el('span', { text: t('by {0}', comment.authorName) }) : null,
        comment.hidden ? el('span', { className: 'badge', text: t('Hidden') }) : null,
        ...controls(comment)))));
}

/** Collapses bursts of events into one render. */
export function scheduler(render) {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    // A timeout rather than an animation frame: room displays may sit in background tabs.
    setTimeout(() => {
      pending = false;
      render();
    }, 16);
  };
}
