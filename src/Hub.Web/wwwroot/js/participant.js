import { t, tn } from './strings.js';
import { LiveSession } from './live-session.js';
import { act as runAct, announce, boardHolder, bound, choosingOnBoard, commentList, el, groupSelect, ideaCard, markBusy, PendingWrites, renderBoard, renderStatus, scheduler, sendField, setConnection, setText, showError, tickTimer } from './view.js';

const root = document.querySelector('.session.participant');
const code = root.dataset.sessionCode;
const tokenKey = `hub.participant.${code}`;
// Only says so at once after a reload; the session itself keeps this browser out (docs/protocol.md, Join).
const removedKey = `hub.removed.${code}`;
const joinForm = root.querySelector('[data-role="join-form"]');
const live = root.querySelector('[data-role="live"]');
const composer = root.querySelector('[data-role="composer"]');
const ideaText = root.querySelector('#idea-text');
const ended = root.querySelector('[data-role="ended"]');
const reported = new Set();
let editing = null;
let commenting = null;
let focusComment = false;
let focusAfter = null;
const commentDrafts = new Map();

const session = new LiveSession({
  bind: (connection, epoch, afterSeq) => connection.invoke('Rejoin', localStorage.getItem(tokenKey), epoch, afterSeq),
  onChange: () => render(),
  onEvent: (event) => {
    if (event.type === 'ideaPosted' && !session.store.you?.ideaIds.has(event.idea.id)) announce(root, t('New idea: {0}', event.idea.text));
    if (event.type === 'phaseChanged') announce(root, t('Phase: {0}', t(event.phase)));
  },
  onConnection: (state, error) => {
    setConnection(root, state);
    if (state !== 'failed') return;
    if (['invalid_token', 'participant_not_found'].includes(error.code)) {
      localStorage.removeItem(tokenKey);
      showJoin();
    } else if (error.code === 'erased') {
      // Said by the erase itself.
    } else if (error.code === 'participant_removed') {
      showRemoved();
    } else {
      showError(root, error);
    }
  },
});
const store = session.store;
const render = scheduler(draw);
const writes = new PendingWrites(() => render());

function showEnded(message) {
  live.hidden = true;
  joinForm.hidden = true;
  ended.hidden = false;
  ended.textContent = message;
  ended.focus();
}

function showRemoved() {
  localStorage.removeItem(tokenKey);
  localStorage.setItem(removedKey, '1');
  showEnded(t('error:participant_removed'));
}

function showJoin() {
  live.hidden = true;
  joinForm.hidden = false;
  joinForm.querySelector('input').focus();
}

const act = (action) => runAct(root, action);

joinForm.addEventListener('submit', async (submitEvent) => {
  submitEvent.preventDefault();
  const name = joinForm.querySelector('input').value;
  showError(root, null);
  let result;
  try {
    result = await session.invoke('Join', code, name);
  } catch (error) {
    if (error.code === 'participant_removed') showRemoved();
    else showError(root, error);
    return;
  }
  localStorage.setItem(tokenKey, result.token);
  session.applyCatchUp({ snapshot: result.snapshot });
  joinForm.hidden = true;
  live.hidden = false;
  ideaText.focus();
});

composer.addEventListener('submit', async (submitEvent) => {
  submitEvent.preventDefault();
  const idea = await writes.run('idea', () => sendField(ideaText, (text) => act(() => session.write('PostIdea', text))));
  if (!idea) return;
  store.you.ideaIds.add(idea.id);
  // A held idea reaches nobody else until approved, so only the answer tells its author of it.
  if (idea.pending) store.ideas.set(idea.id, idea);
  announce(root, idea.pending ? t('Your idea waits for a moderator to approve it.') : t('Your idea was posted.'));
  render();
});

function voteControls(idea) {
  const mine = store.you?.votes[idea.id] ?? 0;
  const busy = writes.has(`vote:${idea.id}`);
  return el('div', { className: 'vote-controls' },
    el('button', {
      className: 'vote', text: `+ ${t('Vote')}`,
      attrs: { type: 'button', 'data-focus-key': `vote:${idea.id}`, 'aria-label': `${t('Vote')}: ${idea.text}`, disabled: store.votesLeft() === 0 || mine >= store.settings.maxVotesPerIdea, 'aria-disabled': busy ? 'true' : null },
      on: { click: () => vote('CastVote', idea.id) },
    }),
    el('button', {
      text: `− ${t('Take back vote')}`,
      attrs: { type: 'button', 'data-focus-key': `unvote:${idea.id}`, 'aria-label': `${t('Take back vote')}: ${idea.text}`, disabled: mine === 0, 'aria-disabled': busy ? 'true' : null },
      on: { click: () => vote('RetractVote', idea.id) },
    }),
    el('span', { className: 'mine', text: t('Your votes: {0}', mine) }));
}

async function vote(method, ideaId) {
  const receipt = await writes.run(`vote:${ideaId}`, () => act(() => session.write(method, ideaId)));
  if (!receipt) return;
  if (receipt.yourVotesOnIdea === 0) delete store.you.votes[ideaId];
  else store.you.votes[ideaId] = receipt.yourVotesOnIdea;
  render();
}

function ownControls(idea) {
  if (editing === idea.id) {
    const input = el('textarea', { attrs: { maxlength: 500, rows: 3, 'aria-label': t('Edit'), 'data-focus-key': `edit-text:${idea.id}` } });
    input.value = idea.text;
    queueMicrotask(() => input.focus());
    return el('form', {
      className: 'edit-form',
      on: {
        submit: async (submitEvent) => {
          submitEvent.preventDefault();
          // A refused edit keeps the form open with what was typed.
          if (await act(() => session.invoke('EditIdea', idea.id, input.value).then(() => true))) closeForm(`edit:${idea.id}`);
        },
      },
    }, input, el('button', { className: 'primary', text: t('Save'), attrs: { type: 'submit' } }),
    el('button', { text: t('Cancel'), attrs: { type: 'button' }, on: { click: () => closeForm(`edit:${idea.id}`) } }));
  }
  return el('div', { className: 'own-controls' },
    el('button', { text: t('Edit'), attrs: { type: 'button', 'data-focus-key': `edit:${idea.id}` }, on: { click: () => { editing = idea.id; render(); } } }),
    el('button', { text: t('Delete'), attrs: { type: 'button', 'data-focus-key': `delete:${idea.id}` }, on: { click: () => act(() => session.invoke('DeleteIdea', idea.id)) } }));
}

/** Ideas are talked over from when they come in until the votes are counted. */
function mayComment(idea) {
  return ['Ideate', 'Group', 'Vote'].includes(store.phase) && !idea.pending && !idea.hidden;
}

function ownCommentControls(comment) {
  if (!store.you?.commentIds.has(comment.id) || comment.hidden || store.phase === 'Closed') return [];
  return [el('button', {
    className: 'quiet', text: t('Delete'),
    attrs: { type: 'button', 'data-focus-key': `delete-comment:${comment.id}`, 'aria-label': `${t('Delete comment')}: ${comment.text}` },
    on: { click: () => act(() => session.invoke('DeleteComment', comment.id)) },
  })];
}

function commentComposer(idea) {
  if (!mayComment(idea)) return null;
  if (commenting !== idea.id) {
    return el('button', {
      className: 'quiet', text: t('Comment'),
      attrs: { type: 'button', 'data-focus-key': `comment:${idea.id}`, 'aria-label': `${t('Comment')}: ${idea.text}` },
      on: { click: () => { commenting = idea.id; focusComment = true; render(); } },
    });
  }
  const input = el('textarea', {
    attrs: { maxlength: 300, rows: 2, required: true, 'aria-label': `${t('Your comment')}: ${idea.text}`, 'data-focus-key': `comment-text:${idea.id}` },
    on: { input: () => commentDrafts.set(idea.id, input.value) },
  });
  input.value = commentDrafts.get(idea.id) ?? '';
  if (focusComment) {
    focusComment = false;
    queueMicrotask(() => input.focus());
  }
  const close = () => {
    commentDrafts.delete(idea.id);
    closeForm(`comment:${idea.id}`);
  };
  return el('form', {
    className: 'comment-form',
    on: {
      submit: async (submitEvent) => {
        submitEvent.preventDefault();
        const comment = await writes.run(`comment:${idea.id}`, () => sendField(input, (text) => act(() => session.write('PostComment', idea.id, text))));
        if (!comment) return;
        store.you?.commentIds.add(comment.id);
        announce(root, t('Your comment was posted.'));
        if (input.value === '') close();
      },
    },
  }, input,
  el('button', { className: 'primary', text: t('Send comment'), attrs: { type: 'submit', 'aria-disabled': writes.has(`comment:${idea.id}`) ? 'true' : null } }),
  el('button', { text: t('Cancel'), attrs: { type: 'button' }, on: { click: close } }));
}

/** Closes the edit or comment form at once, though focus is in it, and puts focus back on the button that opened it. */
function closeForm(focusKey) {
  editing = null;
  commenting = null;
  focusAfter = focusKey;
  draw(true);
}

function reportControl(idea) {
  const done = reported.has(idea.id);
  const key = `report:${idea.id}`;
  return el('button', {
    className: 'quiet', text: done ? t('Reported') : t('Report'),
    attrs: { type: 'button', 'data-focus-key': key, 'aria-label': `${t('Report')}: ${idea.text}`, disabled: done, 'aria-disabled': writes.has(key) ? 'true' : null },
    on: {
      click: async () => {
        if (writes.has(key) || !window.confirm(t('Report this idea to the moderators as offensive or off-topic?'))) return;
        if (await writes.run(key, () => act(() => session.write('ReportIdea', idea.id).then(() => true)))) {
          reported.add(idea.id);
          announce(root, t('Thank you. The moderators have your report.'));
          render();
        }
      },
    },
  });
}

async function downloadMyData() {
  const data = await act(() => session.invoke('ExportMyData'));
  if (!data) return;
  const link = el('a', { attrs: { href: URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })), download: `innovation-hub-${code}.json` } });
  link.click();
  URL.revokeObjectURL(link.href);
}

async function eraseMyContributions() {
  if (!window.confirm(t('Erase your name, votes, ideas and comments from this session? Ideas others voted for or grouped stay, without your name. This cannot be undone.'))) return;
  if (await act(() => session.invoke('EraseMyContributions').then(() => true))) {
    localStorage.removeItem(tokenKey);
    await session.end({ code: 'erased' });
    showEnded(t('Your contributions to this session are erased.'));
  }
}

root.querySelector('[data-action="download-data"]').addEventListener('click', downloadMyData);
root.querySelector('[data-action="erase"]').addEventListener('click', eraseMyContributions);

const groupForm = root.querySelector('[data-role="new-group"]');
groupForm.addEventListener('submit', async (submitEvent) => {
  submitEvent.preventDefault();
  await sendField(groupForm.querySelector('input'), (name) => act(() => session.invoke('CreateGroup', name)));
});
const holdBoard = boardHolder(root, store, () => render());

function participantsGroup() {
  return store.phase === 'Group' && store.settings?.participantsCanGroup === true;
}

function draw(force = false) {
  renderStatus(root, store);
  composer.hidden = store.phase !== 'Ideate';
  markBusy(composer.querySelector('button[type="submit"]'), writes.has('idea'));
  groupForm.hidden = !participantsGroup();
  const votesLeft = root.querySelector('[data-bind="votes-left"]');
  votesLeft.hidden = store.phase !== 'Vote';
  votesLeft.textContent = tn(store.votesLeft(), '{0} vote left', '{0} votes left');
  if (store.you) setText(root, 'you', `${t('You')}: ${store.you.displayName}`);
  // While someone edits, live updates must not rebuild the form under their fingers.
  if (holdBoard(!force && ((editing !== null && root.querySelector('.edit-form') !== null) || choosingOnBoard()))) return;
  for (const board of bound(root, 'board')) {
    renderBoard(board, store, (idea, rank) => {
      const extras = [];
      if (store.phase === 'Vote') extras.push(voteControls(idea));
      const mine = store.you?.ideaIds.has(idea.id);
      if (store.phase === 'Ideate' && mine && !idea.pending) extras.push(ownControls(idea));
      if (!mine && !idea.pending && store.phase !== 'Closed') extras.push(reportControl(idea));
      if (participantsGroup()) extras.push(groupSelect(store, idea, (groupId) => act(() => session.invoke('GroupIdea', idea.id, groupId))));
      extras.push(commentList(store, idea, ownCommentControls), commentComposer(idea));
      return ideaCard(idea, rank, ...extras);
    });
  }
  if (focusAfter) {
    root.querySelector(`[data-focus-key="${CSS.escape(focusAfter)}"]`)?.focus();
    focusAfter = null;
  }
}

tickTimer(root, store);
async function start() {
  if (localStorage.getItem(removedKey)) {
    showEnded(t('error:participant_removed'));
    return;
  }
  await session.start();
  if (localStorage.getItem(tokenKey)) {
    await session.resume();
    if (store.epoch) live.hidden = false;
  } else {
    showJoin();
  }
}

try {
  await start();
} catch (error) {
  showError(root, error);
}
