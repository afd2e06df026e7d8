using ChatPlatform.Contracts;
using ChatPlatform.Contracts.Internal;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Infrastructure;

/// <summary>
/// Writes the session_states / session_members projection. Every write is an idempotent upsert, members are
/// last-writer-wins by the time of the event behind them, and closing is final, so events may arrive twice or
/// out of order (each event type has its own queue), and arrive twice (handed over by Sessions as they commit, then
/// from the bus).
/// </summary>
public sealed class MembershipProjection(MessagesDbContext db)
{
    /// <summary>
    /// Upserts the session's state. A close is also marked on the session's sequence row: sends lock that row to take
    /// their seq and check the mark after any wait, so a send racing the close either commits before it (and before the
    /// session_closed notice) or is refused; the send's read of the state row needs no lock of its own.
    /// </summary>
    public Task<int> UpsertSessionAsync(Guid sessionId, string? kind, DateTimeOffset? closedAt, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            WITH state AS (
                INSERT INTO session_states (session_id, kind, closed_at, updated_at)
                VALUES ({sessionId}, {kind}, {closedAt?.ToUniversalTime()}, {at.ToUniversalTime()})
                ON CONFLICT (session_id) DO UPDATE SET
                    kind = COALESCE(EXCLUDED.kind, session_states.kind),
                    closed_at = COALESCE(session_states.closed_at, EXCLUDED.closed_at),
                    updated_at = GREATEST(session_states.updated_at, EXCLUDED.updated_at)
                RETURNING closed_at)
            INSERT INTO session_sequences (session_id, last_seq, closed)
            SELECT {sessionId}, 0, true FROM state WHERE state.closed_at IS NOT NULL
            ON CONFLICT (session_id) DO UPDATE SET closed = true WHERE NOT session_sequences.closed
            """, cancellationToken);

    public Task<int> SetMembersAsync(Guid sessionId, IEnumerable<Guid> userIds, bool active, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var users = userIds.Distinct().ToArray();
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO session_members (session_id, user_id, is_active, changed_at)
            SELECT {sessionId}, u, {active}, {at.ToUniversalTime()} FROM unnest({users}) AS u
            ON CONFLICT (session_id, user_id) DO UPDATE SET is_active = EXCLUDED.is_active, changed_at = EXCLUDED.changed_at
            WHERE session_members.changed_at <= EXCLUDED.changed_at
            """, cancellationToken);
    }

    public async Task ApplyAsync(ChatSessionCreated created, CancellationToken cancellationToken)
    {
        var closedAt = string.Equals(created.Status, "closed", StringComparison.OrdinalIgnoreCase) ? created.OccurredAt : (DateTimeOffset?)null;
        await UpsertSessionAsync(created.SessionId, created.Kind, closedAt, created.OccurredAt, cancellationToken);
        await SetMembersAsync(created.SessionId, created.ParticipantIds, active: true, created.OccurredAt, cancellationToken);
    }

    public async Task ApplyAsync(ParticipantAdded added, CancellationToken cancellationToken)
    {
        await UpsertSessionAsync(added.SessionId, kind: null, closedAt: null, added.OccurredAt, cancellationToken);
        await SetMembersAsync(added.SessionId, [added.UserId], active: true, added.OccurredAt, cancellationToken);
    }

    public async Task ApplyAsync(ParticipantRemoved removed, CancellationToken cancellationToken)
    {
        await UpsertSessionAsync(removed.SessionId, kind: null, closedAt: null, removed.OccurredAt, cancellationToken);
        await SetMembersAsync(removed.SessionId, [removed.UserId], active: false, removed.OccurredAt, cancellationToken);
    }

    public Task ApplyAsync(ChatSessionClosed closed, CancellationToken cancellationToken) =>
        UpsertSessionAsync(closed.SessionId, kind: null, closed.OccurredAt, closed.OccurredAt, cancellationToken);

    /// <summary>
    /// A commit's membership events as Sessions hands them over (<c>POST /internal/membership/changes</c>), ahead of
    /// the same events on the bus: created sessions first, then additions, removals and closings.
    /// </summary>
    public async Task ApplyAsync(MembershipChanges changes, CancellationToken cancellationToken)
    {
        foreach (var created in changes.Created)
        {
            await ApplyAsync(created, cancellationToken);
        }
        foreach (var added in changes.Added)
        {
            await ApplyAsync(added, cancellationToken);
        }
        foreach (var removed in changes.Removed)
        {
            await ApplyAsync(removed, cancellationToken);
        }
        foreach (var closed in changes.Closed)
        {
            await ApplyAsync(closed, cancellationToken);
        }
    }
}
