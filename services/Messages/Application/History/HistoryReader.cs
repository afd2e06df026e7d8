using ChatPlatform.Contracts;
using ChatPlatform.Messages.Application.Reactions;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Model;
using ChatPlatform.Messages.Rules;
using Npgsql;
using NpgsqlTypes;

namespace ChatPlatform.Messages.Application.History;

/// <summary>
/// Pages through a session's messages by seq over the unique (chat_session_id, seq) index, less what the viewer's
/// blocks hide (which leaves seq gaps in that viewer's history), with each message's reaction counts: one statement,
/// one round trip, with plain Npgsql (the busiest read pays for no query translation or change tracking). The block
/// rule is <see cref="BlockVisibility"/>'s, written in SQL.
/// </summary>
public sealed class HistoryReader(MessagesDbContext db)
{
    private const string Page = """
        SELECT m.id, m.user_id, m.message_type, m.content, m.client_message_id, m.seq, m.created_at, m.edited_at, m.deleted,
               m.reply_to_id, m.mentions, m.attachment_ids, m.attachments::text, m.metadata::text, r.emojis, r.counts
        FROM messages m
        LEFT JOIN LATERAL (
            SELECT array_agg(x.emoji) AS emojis, array_agg(x.n) AS counts
            FROM (SELECT emoji, count(*)::int AS n FROM message_reactions WHERE message_id = m.id GROUP BY emoji) x) r ON true
        WHERE m.chat_session_id = @session_id AND m.seq > @after_seq AND m.seq < @before_seq
          AND NOT EXISTS (
              SELECT 1 FROM block_intervals b
              WHERE b.blocker_id = @viewer_id AND b.blocked_id = m.user_id
                AND (b.unblocked_at IS NULL OR (m.created_at >= b.blocked_at AND m.created_at < b.unblocked_at)))
        """;

    private const string NewestFirst = Page + "\nORDER BY m.seq DESC LIMIT @take";
    private const string OldestFirst = Page + "\nORDER BY m.seq ASC LIMIT @take";

    public async Task<HistoryPage> ReadAsync(Guid sessionId, Guid viewerId, HistoryQuery query, CancellationToken cancellationToken)
    {
        var items = new List<ChatMessage>(query.Limit + 1);
        var reactions = new Dictionary<Guid, IReadOnlyDictionary<string, int>>();
        await db.RunAsync(async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand(query.OldestFirst ? OldestFirst : NewestFirst, connection) { Transaction = transaction };
            command.Parameters.Add(new NpgsqlParameter<Guid>("session_id", NpgsqlDbType.Uuid) { TypedValue = sessionId });
            command.Parameters.Add(new NpgsqlParameter<Guid>("viewer_id", NpgsqlDbType.Uuid) { TypedValue = viewerId });
            command.Parameters.Add(new NpgsqlParameter<long>("after_seq", NpgsqlDbType.Bigint) { TypedValue = query.AfterSeq ?? 0 });
            command.Parameters.Add(new NpgsqlParameter<long>("before_seq", NpgsqlDbType.Bigint) { TypedValue = query.BeforeSeq ?? long.MaxValue });
            command.Parameters.Add(new NpgsqlParameter<int>("take", NpgsqlDbType.Integer) { TypedValue = query.Limit + 1 });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var message = Read(reader, sessionId);
                items.Add(message.ToContract());
                if (!reader.IsDBNull(14))
                {
                    reactions[message.Id] = ReactionCounts.Ordered(reader.GetFieldValue<string[]>(14).Zip(reader.GetFieldValue<int[]>(15)));
                }
            }
            return true;
        }, cancellationToken);
        var (take, nextCursor) = query.Page(items.ConvertAll(m => m.Seq));
        return new HistoryPage(items.Take(take).ToList(), reactions, nextCursor);
    }

    private static Message Read(NpgsqlDataReader reader, Guid sessionId) => new()
    {
        Id = reader.GetGuid(0),
        ChatSessionId = sessionId,
        UserId = reader.GetGuid(1),
        MessageType = reader.GetString(2),
        Content = reader.GetString(3),
        ClientMessageId = reader.IsDBNull(4) ? null : reader.GetString(4),
        Seq = reader.GetInt64(5),
        CreatedAt = reader.GetFieldValue<DateTimeOffset>(6),
        EditedAt = reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
        Deleted = reader.GetBoolean(8),
        ReplyToId = reader.IsDBNull(9) ? null : reader.GetGuid(9),
        Mentions = reader.GetFieldValue<Guid[]>(10),
        AttachmentIds = reader.GetFieldValue<Guid[]>(11),
        Attachments = reader.GetString(12),
        Metadata = reader.IsDBNull(13) ? null : reader.GetString(13),
    };
}

/// <summary>A page of history, the reaction counts of its messages (by message id; none for a message nobody reacted to) and the cursor after it.</summary>
public sealed record HistoryPage(IReadOnlyList<ChatMessage> Items, IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, int>> Reactions, string? NextCursor);
