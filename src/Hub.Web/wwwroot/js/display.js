import { t, tn } from './strings.js';
import { LiveSession } from './live-session.js';
import { announce, bound, el, ideaCard, renderBoard, renderStatus, scheduler, setConnection, showError, tickTimer } from './view.js';

const root = document.querySelector('.session.room-display');
const code = root.dataset.sessionCode;

const session = new LiveSession({
  bind: (connection, epoch, afterSeq) => connection.invoke('Watch', code, epoch, afterSeq),
  onChange: () => render(),
  onEvent: (event) => {
    if (event.type === 'phaseChanged') announce(root, t('Phase: {0}', t(event.phase)));
  },
  onConnection: (state) => setConnection(root, state),
});
/** The room sees that an idea is being talked over; the talk itself is on the phones. */
function commentCount(idea) {
  const count = session.store.commentsOn(idea.id).length;
  if (count === 0) return null;
  return el('p', { className: 'comment-count', text: tn(count, '{0} comment', '{0} comments') });
}

const render = scheduler(() => {
  renderStatus(root, session.store);
  for (const board of bound(root, 'board')) renderBoard(board, session.store, (idea, rank) => ideaCard(idea, rank, commentCount(idea)));
});

tickTimer(root, session.store);
try {
  await session.start();
  await session.resume();
} catch (error) {
  showError(root, error);
}
