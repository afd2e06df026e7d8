using ChatPlatform.Messages.Infrastructure.Peers;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Infrastructure;

/// <summary>
/// Writes the session_states / session_members projection. Every write is an idempotent upsert, members are
/// last-writer-wins by the time of the event behind them, and closing is final, so events may arrive twice or
/// out of order (each event type has its own queue).
/// </summary>
public sealed class MembershipProjection(MessagesDbContext db)
{
    public Task<int> UpsertSessionAsync(Guid sessionId, string? kind, DateTimeOffset? closedAt, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO session_states (session_id, kind, closed_at, updated_at)
            VALUES ({sessionId}, {kind}, {closedAt?.ToUniversalTime()}, {at.ToUniversalTime()})
            ON CONFLICT (session_id) DO UPDATE SET
                kind = COALESCE(EXCLUDED.kind, session_states.kind),
                closed_at = COALESCE(session_states.closed_at, EXCLUDED.closed_at),
                updated_at = GREATEST(session_states.updated_at, EXCLUDED.updated_at)
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

    /// <summary>Makes the projection match Sessions' answer as of <paramref name="at"/>.</summary>
    public async Task ApplySnapshotAsync(SessionMembersSnapshot snapshot, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var users = snapshot.ParticipantIds.Distinct().ToArray();
        await UpsertSessionAsync(snapshot.SessionId, snapshot.Kind, snapshot.IsClosed ? at : null, at, cancellationToken);
        await SetMembersAsync(snapshot.SessionId, users, active: true, at, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE session_members SET is_active = false, changed_at = {at.ToUniversalTime()}
            WHERE session_id = {snapshot.SessionId} AND is_active AND changed_at <= {at.ToUniversalTime()} AND NOT (user_id = ANY({users}))
            """, cancellationToken);
    }
}
