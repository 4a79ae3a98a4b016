import { t } from './strings.js';
import { LiveSession } from './live-session.js';
import { announce, bound, ideaCard, renderBoard, renderStatus, scheduler, setConnection, showError, tickTimer } from './view.js';

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
const render = scheduler(() => {
  renderStatus(root, session.store);
  for (const board of bound(root, 'board')) renderBoard(board, session.store, (idea, rank) => ideaCard(idea, rank));
});

tickTimer(root, session.store);
try {
  await session.start();
  await session.resume();
} catch (error) {
  showError(root, error);
}
