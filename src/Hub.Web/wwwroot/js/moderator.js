import { hasText, t, tn } from './strings.js';
import { LiveSession } from './live-session.js';
import { act as runAct, announce, boardHolder, bound, choosingOnBoard, commentList, el, groupOptions, groupSelect, ideaCard, renderBoard, renderStatus, scheduler, sendField, setConnection, showError, tickTimer } from './view.js';

const root = document.querySelector('.session.moderator');
const sessionId = root.dataset.sessionId;
const phases = ['Lobby', 'Ideate', 'Group', 'Vote', 'Results', 'Closed'];
const settingsForm = root.querySelector('[data-role="settings"]');

const session = new LiveSession({
  isModerator: true,
  bind: (connection, epoch, afterSeq) => connection.invoke('Moderate', sessionId, epoch, afterSeq),
  onChange: () => render(),
  onEvent: (event) => {
    if (event.type === 'ideaPosted') announce(root, t('New idea: {0}', event.idea.text));
  },
  onConnection: (state) => setConnection(root, state),
});
const store = session.store;
const render = scheduler(draw);

const act = (action) => runAct(root, action);

function timerSeconds() {
  const minutes = Number(root.querySelector('#timer-minutes').value);
  return Number.isFinite(minutes) && minutes > 0 ? Math.round(minutes * 60) : null;
}

root.querySelector('[data-action="start-timer"]').addEventListener('click', () => act(() => session.invoke('SetTimer', timerSeconds())));
root.querySelector('[data-action="stop-timer"]').addEventListener('click', () => act(() => session.invoke('SetTimer', null)));

settingsForm.addEventListener('submit', (submitEvent) => {
  submitEvent.preventDefault();
  const data = new FormData(settingsForm);
  act(() => session.invoke('UpdateSettings', {
    voteBudget: Number(data.get('voteBudget')),
    maxVotesPerIdea: Number(data.get('maxVotesPerIdea')),
    participantsCanGroup: data.get('participantsCanGroup') === 'on',
    locked: data.get('locked') === 'on',
    holdIdeasForApproval: data.get('holdIdeasForApproval') === 'on',
    reportThreshold: Number(data.get('reportThreshold')),
  }));
});

root.querySelector('[data-role="new-group"]').addEventListener('submit', async (submitEvent) => {
  submitEvent.preventDefault();
  await sendField(root.querySelector('#group-name'), (name) => act(() => session.invoke('CreateGroup', name)));
});

root.querySelector('[data-role="merge"]').addEventListener('submit', (submitEvent) => {
  submitEvent.preventDefault();
  const source = root.querySelector('#merge-source').value;
  const target = root.querySelector('#merge-target').value;
  act(() => session.invoke('MergeGroups', source, target));
});

function ideaButton(idea, label, key, action) {
  return el('button', {
    text: label,
    attrs: { type: 'button', 'data-focus-key': `${key}:${idea.id}`, 'aria-label': `${label}: ${idea.text}` },
    on: { click: action },
  });
}

function moderatorControls(idea) {
  if (idea.pending) {
    return el('div', { className: 'moderator-controls' },
      ideaButton(idea, t('Approve'), 'approve', () => act(() => session.invoke('ApproveIdea', idea.id))),
      ideaButton(idea, t('Reject'), 'hide', () => act(() => session.invoke('HideIdea', idea.id))),
      removeAuthorButton(idea));
  }
  const move = groupSelect(store, idea, (groupId) => act(() => session.invoke('GroupIdea', idea.id, groupId)));
  const toggle = ideaButton(idea, idea.hidden ? t('Restore') : t('Hide'), 'hide', () => act(() => session.invoke(idea.hidden ? 'RestoreIdea' : 'HideIdea', idea.id)));
  return el('div', { className: 'moderator-controls' }, move, toggle, removeAuthorButton(idea));
}

function commentModeration(comment) {
  const label = comment.hidden ? t('Restore comment') : t('Hide comment');
  return [el('button', {
    className: 'quiet', text: comment.hidden ? t('Restore') : t('Hide'),
    attrs: { type: 'button', 'data-focus-key': `hide-comment:${comment.id}`, 'aria-label': `${label}: ${comment.text}` },
    on: { click: () => act(() => session.invoke(comment.hidden ? 'RestoreComment' : 'HideComment', comment.id)) },
  })];
}

function removeAuthorButton(idea) {
  return ideaButton(idea, t('Remove author'), 'remove', () => {
    if (!window.confirm(t('Remove the person who wrote this idea? They cannot come back into the session, and all their ideas are hidden.'))) return;
    act(() => session.invoke('RemoveAuthor', idea.id, true));
  });
}

// Stockholm's time, as on every page, wherever the moderator's laptop thinks it is.
const logTime = new Intl.DateTimeFormat(document.documentElement.lang || 'sv', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' });

function drawModerationLog() {
  for (const list of bound(root, 'moderation-log')) {
    const entries = store.moderationLog.slice().reverse();
    list.replaceChildren(...(entries.length ? entries.map((entry) => el('li', {},
      el('time', { text: logTime.format(new Date(entry.at)), attrs: { datetime: entry.at } }), ' ',
      el('strong', { text: entry.moderator || t('The session') }), ' ',
      el('span', { text: tn(entry.count, hasText(`moderation:${entry.action}:one`) ? `moderation:${entry.action}:one` : `moderation:${entry.action}`, `moderation:${entry.action}`) }),
      entry.excerpt ? el('q', { text: entry.excerpt }) : null)) : [el('li', { className: 'empty', text: t('Nothing yet.') })]));
  }
}

/** One rename form per group; a form being typed in is left alone. */
function drawGroupNames() {
  for (const list of bound(root, 'group-names')) {
    if (list.contains(document.activeElement)) continue;
    list.replaceChildren(...[...store.groups.values()].map((group) => {
      const input = el('input', { attrs: { maxlength: 60, required: true, 'aria-label': `${t('Group name')}: ${group.name}` } });
      input.value = group.name;
      return el('li', {}, el('form', {
        className: 'row',
        on: {
          submit: (submitEvent) => {
            submitEvent.preventDefault();
            act(() => session.invoke('RenameGroup', group.id, input.value));
          },
        },
      }, input, el('button', { text: t('Rename'), attrs: { type: 'submit', 'aria-label': `${t('Rename')}: ${group.name}` } })));
    }));
  }
}

function drawPhaseButtons() {
  for (const container of bound(root, 'phase-buttons')) {
    if (container.childElementCount === 0) {
      container.append(...phases.map((phase) => el('button', {
        text: t(phase),
        attrs: { type: 'button', 'data-phase': phase },
        on: {
          click: () => {
            // Closing cannot be undone, so it is the one step that asks first.
            if (phase === 'Closed' && !window.confirm(t('Close the session for good? Nobody can change anything in it afterwards.'))) return;
            act(() => session.invoke('SetPhase', phase, null));
          },
        },
      })));
    }
    for (const button of container.children) button.setAttribute('aria-pressed', String(button.dataset.phase === store.phase));
  }
}

function drawSettings() {
  // Said apart from the form, which keeps what the moderator is typing: locked is what the server holds.
  root.querySelector('[data-role="locked-note"]').hidden = !store.settings?.locked;
  if (!store.settings || settingsForm.contains(document.activeElement)) return;
  settingsForm.voteBudget.value = store.settings.voteBudget;
  settingsForm.maxVotesPerIdea.value = store.settings.maxVotesPerIdea;
  settingsForm.participantsCanGroup.checked = store.settings.participantsCanGroup;
  settingsForm.locked.checked = store.settings.locked;
  settingsForm.holdIdeasForApproval.checked = store.settings.holdIdeasForApproval;
  settingsForm.reportThreshold.value = store.settings.reportThreshold;
}

const holdBoard = boardHolder(root, store, () => render());

function draw() {
  renderStatus(root, store);
  drawPhaseButtons();
  drawSettings();
  drawGroupNames();
  drawModerationLog();
  for (const select of bound(root, 'group-options')) {
    if (select === document.activeElement) continue;
    const value = select.value;
    select.replaceChildren(...groupOptions(store, value));
  }
  if (holdBoard(choosingOnBoard())) return;
  for (const board of bound(root, 'board')) {
    renderBoard(board, store, (idea, rank) => ideaCard(idea, rank, moderatorControls(idea), commentList(store, idea, commentModeration)));
  }
}

tickTimer(root, store);
try {
  await session.start();
  await session.resume();
} catch (error) {
  showError(root, error);
}
