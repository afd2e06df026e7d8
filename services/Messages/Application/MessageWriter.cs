using System.Text.Json;
using ChatPlatform.Contracts;
using ChatPlatform.Messages.Attachments;
using ChatPlatform.ServiceDefaults.Outbox;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Infrastructure.EntityConfigurations;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace ChatPlatform.Messages.Application;

/// <summary>
/// Stores a message in ONE statement: bump the session's sequence row (its row lock serialises the senders of a
/// session, across replicas), insert the message with that seq and queue its MessagePosted in the outbox. The
/// statement is atomic and skips a client_message_id the sender already used; when two retries race, the
/// loser hits the unique index and its statement rolls back whole, so neither case leaves a gap or an event. Outside a
/// transaction it commits on its own: one round trip on the send path, and the sequence row lock is held only
/// for that statement. The caller wakes the outbox dispatcher after the commit.
/// </summary>
public sealed class MessageWriter(MessagesDbContext db)
{
    private static readonly string PostedType = OutboxTypeName.Of(typeof(MessagePosted));

    private const string InsertSql = """
        WITH next AS (
            INSERT INTO session_sequences AS s (session_id, last_seq)
            SELECT @session_id, 1
            WHERE @client_message_id IS NULL OR NOT EXISTS (
                SELECT 1 FROM messages m
                WHERE m.chat_session_id = @session_id AND m.user_id = @user_id AND m.client_message_id = @client_message_id)
            ON CONFLICT (session_id) DO UPDATE SET last_seq = s.last_seq + 1
            RETURNING last_seq),
        stored AS (
            INSERT INTO messages (id, chat_session_id, user_id, message_type, content, client_message_id, seq,
                                  created_at, deleted, reply_to_id, mentions, attachment_ids, attachments, metadata)
            SELECT @id, @session_id, @user_id, @message_type, @content, @client_message_id, next.last_seq,
                   @created_at, false, @reply_to_id, @mentions, @attachment_ids, @attachments::jsonb, @metadata::json
            FROM next
            RETURNING seq),
        queued AS (
            INSERT INTO outbox_messages (id, type, payload, occurred_at, attempts)
            SELECT @outbox_id, @outbox_type, jsonb_set(@payload::jsonb, ARRAY['Message', 'Seq'], to_jsonb(stored.seq)), @created_at, 0
            FROM stored)
        SELECT seq AS "Value" FROM stored
        """;

    /// <summary>Returns the seq given to <paramref name="message"/> (its own Seq is ignored), or null when the
    /// sender already has a message with this client_message_id in the session.</summary>
    public async Task<long?> InsertAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        object[] parameters =
        [
            new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = message.Id },
            new NpgsqlParameter("session_id", NpgsqlDbType.Uuid) { Value = message.ChatSessionId },
            new NpgsqlParameter("user_id", NpgsqlDbType.Uuid) { Value = message.UserId },
            new NpgsqlParameter("message_type", NpgsqlDbType.Varchar) { Value = message.MessageType },
            new NpgsqlParameter("content", NpgsqlDbType.Text) { Value = message.Content },
            new NpgsqlParameter("client_message_id", NpgsqlDbType.Varchar) { Value = (object?)message.ClientMessageId ?? DBNull.Value },
            new NpgsqlParameter("created_at", NpgsqlDbType.TimestampTz) { Value = message.Timestamp.UtcDateTime },
            new NpgsqlParameter("reply_to_id", NpgsqlDbType.Uuid) { Value = (object?)message.ReplyToId ?? DBNull.Value },
            new NpgsqlParameter("mentions", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = message.Mentions.ToArray() },
            new NpgsqlParameter("attachment_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = message.AttachmentIds.ToArray() },
            new NpgsqlParameter("attachments", NpgsqlDbType.Text) { Value = AttachmentMapping.ToJson(message.Attachments) },
            new NpgsqlParameter("metadata", NpgsqlDbType.Text) { Value = (object?)message.MetadataJson ?? DBNull.Value },
            new NpgsqlParameter("outbox_id", NpgsqlDbType.Uuid) { Value = Guid.CreateVersion7() },
            new NpgsqlParameter("outbox_type", NpgsqlDbType.Varchar) { Value = PostedType },
            new NpgsqlParameter("payload", NpgsqlDbType.Text) { Value = JsonSerializer.Serialize(new MessagePosted(message)) },
        ];
        try
        {
            var seqs = await db.Database.SqlQueryRaw<long>(InsertSql, parameters).ToListAsync(cancellationToken);
            return seqs.Count == 0 ? null : seqs[0];
        }
        catch (PostgresException exception) when (exception is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: MessageConfiguration.ClientMessageIdIndex })
        {
            return null;
        }
    }
}
