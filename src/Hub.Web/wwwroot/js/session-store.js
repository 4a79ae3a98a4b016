// The client's copy of one session: a snapshot plus the events after it, applied idempotently,
// because an event can arrive both inside a snapshot and after it.
export class SessionStore {
  constructor() {
    this.epoch = null;
    this.seq = 0;
    this.info = null;
    this.phase = 'Lobby';
    this.timerEndsAt = null;
    this.settings = null;
    this.ideas = new Map();
    this.groups = new Map();
    this.comments = new Map();
    this.presence = { count: 0, names: [] };
    this.you = null;
    this.moderationLog = [];
    this.clockOffset = 0;
  }

  applySnapshot(snapshot) {
    this.epoch = snapshot.epoch;
    this.seq = snapshot.seq;
    this.info = snapshot.info;
    this.phase = snapshot.phase;
    this.timerEndsAt = snapshot.timerEndsAt;
    this.settings = snapshot.settings;
    this.ideas = new Map(snapshot.ideas.map((idea) => [idea.id, idea]));
    this.groups = new Map(snapshot.groups.map((group) => [group.id, group]));
    this.comments = new Map(snapshot.comments.map((comment) => [comment.id, comment]));
    this.presence = snapshot.presence;
    this.moderationLog = snapshot.moderationLog ?? [];
    if (snapshot.you) {
      this.you = { ...snapshot.you, ideaIds: new Set(snapshot.you.ideaIds), commentIds: new Set(snapshot.you.commentIds), votes: { ...snapshot.you.votes } };
    }
    this.clockOffset = Date.parse(snapshot.serverTime) - Date.now();
  }

  apply(event) {
    switch (event.type) {
      case 'ideaPosted':
      case 'ideaRestored':
      case 'ideaApproved':
        // Report counts reach moderators apart from the idea; keep the one already known.
        this.ideas.set(event.idea.id, { ...event.idea, reports: this.ideas.get(event.idea.id)?.reports ?? event.idea.reports });
        for (const comment of event.comments ?? []) this.comments.set(comment.id, comment);
        break;
      case 'commentPosted':
      case 'commentRestored':
        this.comments.set(event.comment.id, event.comment);
        break;
      case 'commentDeleted':
        this.comments.delete(event.commentId);
        break;
      case 'commentHidden':
        if (this.isModerator) this.updateComment(event.commentId, { hidden: true });
        else this.comments.delete(event.commentId);
        break;
      case 'ideaReported':
        this.updateIdea(event.ideaId, { reports: event.reports });
        break;
      case 'ideasAnonymised':
        for (const id of event.ideaIds) this.updateIdea(id, { authorName: '' });
        break;
      case 'moderationLogged':
        this.moderationLog.push(event.entry);
        break;
      case 'ideaEdited':
        this.updateIdea(event.ideaId, { text: event.text });
        break;
      case 'ideaDeleted':
        this.ideas.delete(event.ideaId);
        this.dropComments(event.ideaId);
        if (this.you) delete this.you.votes[event.ideaId];
        break;
      case 'ideaHidden':
        if (this.isModerator) {
          this.updateIdea(event.ideaId, { hidden: true });
        } else {
          this.ideas.delete(event.ideaId);
          this.dropComments(event.ideaId);
        }
        break;
      case 'ideaGrouped':
        this.updateIdea(event.ideaId, { groupId: event.groupId });
        break;
      case 'groupCreated':
        this.groups.set(event.group.id, event.group);
        break;
      case 'groupRenamed':
        if (this.groups.has(event.groupId)) this.groups.set(event.groupId, { id: event.groupId, name: event.name });
        break;
      case 'groupsMerged':
        for (const idea of this.ideas.values()) {
          if (idea.groupId === event.sourceGroupId) this.ideas.set(idea.id, { ...idea, groupId: event.targetGroupId });
        }
        this.groups.delete(event.sourceGroupId);
        break;
      case 'phaseChanged':
        this.phase = event.phase;
        this.timerEndsAt = event.timerEndsAt;
        break;
      case 'timerChanged':
        this.timerEndsAt = event.timerEndsAt;
        break;
      case 'settingsChanged':
        this.settings = event.settings;
        break;
      case 'votesChanged':
        for (const [id, votes] of Object.entries(event.totals)) this.updateIdea(id, { votes });
        break;
      case 'presenceChanged':
        this.presence = event.presence;
        break;
      default:
        break;
    }
    this.seq = event.seq;
  }

  updateIdea(id, change) {
    const idea = this.ideas.get(id);
    if (idea) this.ideas.set(id, { ...idea, ...change });
  }

  updateComment(id, change) {
    const comment = this.comments.get(id);
    if (comment) this.comments.set(id, { ...comment, ...change });
  }

  dropComments(ideaId) {
    for (const comment of [...this.comments.values()]) {
      if (comment.ideaId === ideaId) this.comments.delete(comment.id);
    }
  }

  /** An idea's comments, oldest first. */
  commentsOn(ideaId) {
    return [...this.comments.values()].filter((comment) => comment.ideaId === ideaId).sort((a, b) => Date.parse(a.postedAt) - Date.parse(b.postedAt));
  }

  /** Seconds left on the moderator's timer, by the server's clock; null when none runs. */
  secondsLeft() {
    if (!this.timerEndsAt) return null;
    const left = Date.parse(this.timerEndsAt) - (Date.now() + this.clockOffset);
    return Math.max(0, Math.ceil(left / 1000));
  }

  votesLeft() {
    if (!this.you || !this.settings) return 0;
    const used = Object.values(this.you.votes).reduce((sum, n) => sum + n, 0);
    return Math.max(0, this.settings.voteBudget - used);
  }

  ranked() {
    return [...this.ideas.values()].filter((idea) => !idea.hidden && !idea.pending).sort((a, b) => b.votes - a.votes || Date.parse(a.postedAt) - Date.parse(b.postedAt));
  }
}
