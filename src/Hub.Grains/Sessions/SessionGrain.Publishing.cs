using Microsoft.Extensions.Logging;

namespace Hub.Grains.Sessions;

/// <summary>Saving and publishing: group commit, the outbox, coalesced totals and presence.</summary>
public sealed partial class SessionGrain
{
    /// <summary>Queues an event to be numbered and published once the change behind it is durable.</summary>
    private void Emit(SessionEvent sessionEvent) => _outbox.Add(sessionEvent);

    private async Task CommitAsync()
    {
        try
        {
            await _commit.CommitAsync();
        }
        catch (Exception)
        {
            // The cause is logged where the write failed; clients learn only that it did.
            throw new RuleException(ErrorCodes.StorageUnavailable, "The change was not saved. Try again.");
        }
    }

    private async Task FlushAsync()
    {
        if (_storageFailed)
        {
            // Never write again after a refused write: the state holds changes callers were told failed.
            throw new InvalidOperationException("An earlier write of this session failed.");
        }

        var changes = _unsaved;
        _unsaved = [];
        var pending = _outbox;
        _outbox = [];
        var votedOn = _votesChanged.ToArray();
        _votesChanged.Clear();
        try
        {
            await AppendToJournalAsync(changes);
        }
        catch (Exception exception)
        {
            // The in-memory state now holds changes storage refused. Refuse everything until a fresh
            // activation reloads what was really saved; clients see a new epoch and take a snapshot.
            _storageFailed = true;
            LogWriteFailed(_logger, exception, this.GetPrimaryKey());
            DeactivateOnIdle();
            throw;
        }

        foreach (var change in changes)
        {
            _published.Apply(change);
        }

        foreach (var ideaId in votedOn)
        {
            if (_published.Ideas.TryGetValue(ideaId, out var idea))
            {
                _savedVoteTotals[ideaId] = idea.Votes;
                ScheduleCoalesced();
            }
        }

        Publish(pending);
    }

    private void MarkPresence(bool changed)
    {
        if (changed)
        {
            _presenceChanged = true;
            ScheduleCoalesced();
        }
    }

    private void ScheduleCoalesced()
    {
        if (!_coalesceScheduled)
        {
            _coalesceScheduled = true;
            _coalesceTimer?.Change(CoalesceInterval, Timeout.InfiniteTimeSpan);
        }
    }

    private Task ExpireNodesAsync(CancellationToken cancellationToken)
    {
        MarkPresence(_audience.RemoveExpired());
        return Task.CompletedTask;
    }

    /// <summary>Vote totals (as saved) and presence go out at most once per interval, however many changed.</summary>
    private Task PublishCoalescedAsync(CancellationToken cancellationToken)
    {
        _coalesceScheduled = false;
        if (_storageFailed)
        {
            return Task.CompletedTask;
        }

        List<SessionEvent> coalesced = [];
        if (_savedVoteTotals.Count > 0)
        {
            coalesced.Add(new VotesChanged(0, _savedVoteTotals));
            _savedVoteTotals = [];
        }

        if (_presenceChanged)
        {
            _presenceChanged = false;
            coalesced.Add(new PresenceChanged(0, BuildPresence()));
        }

        Publish(coalesced);
        return Task.CompletedTask;
    }

    private void Publish(List<SessionEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        // Numbers are given at publication so that the stream every client sees has no gaps.
        var numbered = new SessionEvent[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            numbered[i] = events[i] with { Seq = ++_seq };
            _log.Append(numbered[i]);
        }

        var batch = new SessionEventBatch(this.GetPrimaryKey(), _epoch, numbered);
        _audience.Notify(batch, exception => LogNotifyFailed(_logger, exception, this.GetPrimaryKey()));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not notify a web node of session {SessionId}")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception, Guid sessionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Saving session {SessionId} failed; refusing writes until it reloads")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, Guid sessionId);
}
