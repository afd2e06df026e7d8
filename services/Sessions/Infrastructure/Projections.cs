using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Sessions.Infrastructure;

/// <summary>
/// Upserts of the projections fed by other services' events. Each keeps the state of the newest event it has seen,
/// so a redelivered or late event changes nothing: the consumers are idempotent without an inbox.
/// </summary>
public static class Projections
{
    public static Task UpsertBlockAsync(this SessionsDbContext db, Guid blockerId, Guid blockedId, bool isBlocked, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO user_blocks (blocker_id, blocked_id, is_blocked, changed_at)
            VALUES ({blockerId}, {blockedId}, {isBlocked}, {at.ToUniversalTime()})
            ON CONFLICT (blocker_id, blocked_id) DO UPDATE
                SET is_blocked = EXCLUDED.is_blocked, changed_at = EXCLUDED.changed_at
                WHERE user_blocks.changed_at < EXCLUDED.changed_at
            """, cancellationToken);

    /// <summary>A registration brings the name (always kept) and the first roles (unless newer roles arrived first).</summary>
    public static Task UpsertRegisteredUserAsync(this SessionsDbContext db, Guid userId, string displayName, string[] roles, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO known_users (user_id, display_name, roles, roles_at)
            VALUES ({userId}, {displayName}, {roles}, {at.ToUniversalTime()})
            ON CONFLICT (user_id) DO UPDATE
                SET display_name = EXCLUDED.display_name,
                    roles = CASE WHEN known_users.roles_at < EXCLUDED.roles_at THEN EXCLUDED.roles ELSE known_users.roles END,
                    roles_at = GREATEST(known_users.roles_at, EXCLUDED.roles_at)
            """, cancellationToken);

    public static Task UpsertUserRolesAsync(this SessionsDbContext db, Guid userId, string[] roles, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO known_users (user_id, display_name, roles, roles_at)
            VALUES ({userId}, NULL, {roles}, {at.ToUniversalTime()})
            ON CONFLICT (user_id) DO UPDATE
                SET roles = EXCLUDED.roles, roles_at = EXCLUDED.roles_at
                WHERE known_users.roles_at < EXCLUDED.roles_at
            """, cancellationToken);

    /// <summary>
    /// Keeps a Presence replica's newest report (an older one arriving late changes nothing) and forgets replicas
    /// silent for an hour.
    /// </summary>
    public static async Task UpsertAgentPresenceAsync(this SessionsDbContext db, string replicaId, Guid[] agentIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO agent_presence (replica_id, agent_ids, reported_at)
            VALUES ({replicaId}, {agentIds}, {at.ToUniversalTime()})
            ON CONFLICT (replica_id) DO UPDATE
                SET agent_ids = EXCLUDED.agent_ids, reported_at = EXCLUDED.reported_at
                WHERE agent_presence.reported_at < EXCLUDED.reported_at
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM agent_presence WHERE reported_at < {at.ToUniversalTime().AddHours(-1)}", cancellationToken);
    }

    /// <summary>
    /// Moves each session's <c>last_activity_at</c> forward to its time (never back), one statement per batch. The
    /// rows are locked in id order, so two batches running at once cannot deadlock on each other.
    /// </summary>
    public static Task RecordActivityAsync(this SessionsDbContext db, Guid[] sessionIds, DateTimeOffset[] times, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            WITH v AS (SELECT * FROM unnest({sessionIds}, {times}) AS v(session_id, at)),
                 locked AS (
                     SELECT s.id, v.at FROM chat_sessions AS s JOIN v ON s.id = v.session_id
                     WHERE s.last_activity_at < v.at ORDER BY s.id FOR UPDATE OF s)
            UPDATE chat_sessions AS s SET last_activity_at = locked.at
            FROM locked WHERE s.id = locked.id AND s.last_activity_at < locked.at
            """, cancellationToken);

    /// <summary>
    /// Records, for each (session, author, time), the first response of a support session's assigned agent; other
    /// sessions, other authors and sessions that already have one are left alone. One statement per batch.
    /// </summary>
    public static Task RecordFirstResponsesAsync(this SessionsDbContext db, Guid[] sessionIds, Guid[] authorIds, DateTimeOffset[] times, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            UPDATE chat_sessions AS s SET first_response_at = v.at
            FROM unnest({sessionIds}, {authorIds}, {times}) AS v(session_id, author_id, at)
            WHERE s.id = v.session_id AND s.kind = 'support' AND s.first_response_at IS NULL AND s.assigned_agent_id = v.author_id
            """, cancellationToken);
}
