using System.Data;
using System.Diagnostics;
using System.Text.Json;
using ChatPlatform.Contracts;
using ChatPlatform.Messages.Infrastructure.EntityConfigurations;
using ChatPlatform.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace ChatPlatform.Messages.Infrastructure;

/// <summary>
/// Decides and stores a send in ONE statement, one round trip: it reads the sender's membership, the session's state
/// and a direct session's block from the projections, looks for the client_message_id, and only when all allow it
/// bumps the session's sequence row (its row lock serialises the senders of a session, across replicas), inserts
/// the message with that seq and queues its MessagePosted in the outbox. A close marks the same sequence row
/// (<see cref="MembershipProjection.UpsertSessionAsync"/>), and the sequence update refuses a closed row after any wait:
/// a close that commits first is seen, one that comes later waits for the send, so no message is stored after the
/// session_closed notice, and concurrent senders share no lock but that row's. The statement is atomic; when two retries
/// race, the loser hits the unique index and rolls back whole, so neither case leaves a gap or an event. Outside a
/// transaction it commits on its own, so the sequence row lock is held only for that statement. MessagePosted goes
/// to the outbox's fast lane, which publishes it once the statement (or the surrounding transaction) committed.
/// </summary>
public sealed class MessageWriter(MessagesDbContext db, IOutboxFastLane fastLane)
{
    private static readonly string PostedType = OutboxTypeName.Of(typeof(MessagePosted));

    /// <summary>The message with the seq from <c>next</c>, and its MessagePosted (carrying that seq) in the outbox.</summary>
    private const string StoreAndQueue = """
        stored AS (
            INSERT INTO messages (id, chat_session_id, user_id, message_type, content, client_message_id, seq,
                                  created_at, deleted, reply_to_id, mentions, attachment_ids, attachments, metadata)
            SELECT @id, @session_id, @user_id, @message_type, @content, @client_message_id, next.last_seq,
                   @created_at, false, @reply_to_id, @mentions, @attachment_ids, @attachments::jsonb, @metadata::json
            FROM next
            RETURNING seq),
        queued AS (
            INSERT INTO outbox_messages (id, type, payload, occurred_at, attempts, trace_parent)
            SELECT @outbox_id, @outbox_type, jsonb_set(@payload::jsonb, ARRAY['Message', 'Seq'], to_jsonb(stored.seq)), @created_at, 0, @trace_parent
            FROM stored)
        """;

    private const string SendSql = $$"""
        WITH access AS (
            SELECT s.closed_at IS NOT NULL AS closed,
                   s.kind = 'direct' AND EXISTS (
                       SELECT 1 FROM block_intervals b
                       JOIN session_members other ON other.session_id = @session_id AND other.user_id = b.blocker_id AND other.is_active
                       WHERE b.blocked_id = @user_id AND b.unblocked_at IS NULL AND b.blocker_id <> @user_id) AS blocked
            FROM session_states s
            WHERE s.session_id = @session_id
              AND EXISTS (SELECT 1 FROM session_members m WHERE m.session_id = @session_id AND m.user_id = @user_id AND m.is_active)),
        earlier AS (
            SELECT EXISTS (
                SELECT 1 FROM messages m
                WHERE m.chat_session_id = @session_id AND m.user_id = @user_id AND m.client_message_id = @client_message_id) AS found),
        next AS (
            INSERT INTO session_sequences AS s (session_id, last_seq)
            SELECT @session_id, 1 FROM access, earlier
            WHERE NOT access.closed AND NOT access.blocked AND NOT earlier.found
            ON CONFLICT (session_id) DO UPDATE SET last_seq = s.last_seq + 1 WHERE NOT s.closed
            RETURNING last_seq),
        {{StoreAndQueue}}
        SELECT access.closed, access.blocked, earlier.found, (SELECT seq FROM stored)
        FROM earlier LEFT JOIN access ON true
        """;

    /// <summary>A system message: no sender rules (its actor may have just left, the session may have just closed).</summary>
    private const string StoreSql = $$"""
        WITH next AS (
            INSERT INTO session_sequences AS s (session_id, last_seq)
            VALUES (@session_id, 1)
            ON CONFLICT (session_id) DO UPDATE SET last_seq = s.last_seq + 1
            RETURNING last_seq),
        {{StoreAndQueue}}
        SELECT seq FROM stored
        """;

    /// <summary>Stores a system message unconditionally and returns its seq.</summary>
    public async Task<long> StoreSystemAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        var outboxId = Guid.CreateVersion7();
        var seq = await ExecuteAsync(StoreSql, message, outboxId, async reader =>
        {
            await reader.ReadAsync(cancellationToken);
            return reader.GetInt64(0);
        }, cancellationToken);
        fastLane.Publish(db, outboxId, new MessagePosted(message with { Seq = seq }));
        return seq;
    }

    /// <summary>Decides and stores <paramref name="message"/> (its own Seq is ignored; the result carries the one given).</summary>
    public async Task<InsertResult> SendAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        var outboxId = Guid.CreateVersion7();
        InsertResult result;
        try
        {
            result = await ExecuteAsync(SendSql, message, outboxId, async reader =>
            {
                await reader.ReadAsync(cancellationToken);
                return ReadSend(reader);
            }, cancellationToken);
        }
        catch (PostgresException exception) when (exception is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: MessageConfiguration.ClientMessageIdIndex })
        {
            return new InsertResult(InsertOutcome.Duplicate, true, 0);
        }
        if (result.Outcome == InsertOutcome.Stored)
        {
            fastLane.Publish(db, outboxId, new MessagePosted(message with { Seq = result.Seq }));
        }
        return result;
    }

    /// <summary>
    /// Decides and stores several sends in one round trip and one transaction: one commit, one WAL flush for all of
    /// them. The statements run in session order (a stable sort: sends to one session keep their order), so two
    /// replicas' batches lock sequence rows in the same order and cannot deadlock each other. When any statement
    /// fails (two retries of one client_message_id racing on the unique index), the whole batch rolls back and each
    /// send runs alone, as <see cref="SendAsync"/> would. Each MessagePosted carries its own send's trace.
    /// </summary>
    public async Task<IReadOnlyList<InsertResult>> SendManyAsync(IReadOnlyList<QueuedSend> sends, CancellationToken cancellationToken)
    {
        var results = new InsertResult[sends.Count];
        var outboxIds = new Guid[sends.Count];
        var order = Enumerable.Range(0, sends.Count).OrderBy(i => sends[i].Message.ChatSessionId).ToArray();
        try
        {
            await db.RunAsync(async (connection, transaction) =>
            {
                await using var batch = new NpgsqlBatch(connection) { Transaction = transaction };
                foreach (var index in order)
                {
                    outboxIds[index] = Guid.CreateVersion7();
                    var command = new NpgsqlBatchCommand(SendSql);
                    AddParameters(command.Parameters, sends[index].Message, outboxIds[index], sends[index].Trace?.Id);
                    batch.BatchCommands.Add(command);
                }
                await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
                foreach (var index in order)
                {
                    await reader.ReadAsync(cancellationToken);
                    results[index] = ReadSend(reader);
                    await reader.NextResultAsync(cancellationToken);
                }
                return true;
            }, cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected)
        {
            return await SendEachAsync(sends, cancellationToken);
        }
        var caller = Activity.Current;
        for (var index = 0; index < sends.Count; index++)
        {
            if (results[index].Outcome == InsertOutcome.Stored)
            {
                Activity.Current = sends[index].Trace;
                fastLane.Publish(db, outboxIds[index], new MessagePosted(sends[index].Message with { Seq = results[index].Seq }));
            }
        }
        Activity.Current = caller;
        return results;
    }

    private async Task<IReadOnlyList<InsertResult>> SendEachAsync(IReadOnlyList<QueuedSend> sends, CancellationToken cancellationToken)
    {
        var results = new InsertResult[sends.Count];
        var caller = Activity.Current;
        for (var index = 0; index < sends.Count; index++)
        {
            Activity.Current = sends[index].Trace;
            results[index] = await SendAsync(sends[index].Message, cancellationToken);
        }
        Activity.Current = caller;
        return results;
    }

    private static InsertResult ReadSend(NpgsqlDataReader reader)
    {
        var duplicate = reader.GetBoolean(2);
        if (reader.IsDBNull(0))
        {
            return new InsertResult(InsertOutcome.NotMember, duplicate, 0);
        }
        if (reader.GetBoolean(0))
        {
            return new InsertResult(InsertOutcome.Closed, duplicate, 0);
        }
        if (reader.GetBoolean(1))
        {
            return new InsertResult(InsertOutcome.Blocked, duplicate, 0);
        }
        if (!reader.IsDBNull(3))
        {
            return new InsertResult(InsertOutcome.Stored, false, reader.GetInt64(3));
        }
        // No seq and no earlier message: the sequence row was closed by a close that committed while the send waited.
        return duplicate ? new InsertResult(InsertOutcome.Duplicate, true, 0) : new InsertResult(InsertOutcome.Closed, false, 0);
    }

    /// <summary>Runs one statement with plain Npgsql (<see cref="PlainNpgsql"/>).</summary>
    private Task<T> ExecuteAsync<T>(string sql, ChatMessage message, Guid outboxId, Func<NpgsqlDataReader, Task<T>> read, CancellationToken cancellationToken) =>
        db.RunAsync(async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand(sql, connection) { Transaction = transaction };
            AddParameters(command.Parameters, message, outboxId, OutboxTrace.Capture());
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
            return await read(reader);
        }, cancellationToken);

    private static void AddParameters(NpgsqlParameterCollection parameters, ChatMessage message, Guid outboxId, string? traceParent)
    {
        parameters.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = message.Id });
        parameters.Add(new NpgsqlParameter<Guid>("session_id", NpgsqlDbType.Uuid) { TypedValue = message.ChatSessionId });
        parameters.Add(new NpgsqlParameter<Guid>("user_id", NpgsqlDbType.Uuid) { TypedValue = message.UserId });
        parameters.Add(new NpgsqlParameter<string>("message_type", NpgsqlDbType.Varchar) { TypedValue = message.MessageType });
        parameters.Add(new NpgsqlParameter<string>("content", NpgsqlDbType.Text) { TypedValue = message.Content });
        parameters.Add(new NpgsqlParameter("client_message_id", NpgsqlDbType.Varchar) { Value = (object?)message.ClientMessageId ?? DBNull.Value });
        parameters.Add(new NpgsqlParameter<DateTime>("created_at", NpgsqlDbType.TimestampTz) { TypedValue = message.Timestamp.UtcDateTime });
        parameters.Add(new NpgsqlParameter("reply_to_id", NpgsqlDbType.Uuid) { Value = (object?)message.ReplyToId ?? DBNull.Value });
        parameters.Add(new NpgsqlParameter<Guid[]>("mentions", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. message.Mentions] });
        parameters.Add(new NpgsqlParameter<Guid[]>("attachment_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. message.AttachmentIds] });
        parameters.Add(new NpgsqlParameter<string>("attachments", NpgsqlDbType.Text) { TypedValue = AttachmentMapping.ToJson(message.Attachments) });
        parameters.Add(new NpgsqlParameter("metadata", NpgsqlDbType.Text) { Value = (object?)message.MetadataJson ?? DBNull.Value });
        parameters.Add(new NpgsqlParameter<Guid>("outbox_id", NpgsqlDbType.Uuid) { TypedValue = outboxId });
        parameters.Add(new NpgsqlParameter<string>("outbox_type", NpgsqlDbType.Varchar) { TypedValue = PostedType });
        parameters.Add(new NpgsqlParameter<string>("payload", NpgsqlDbType.Text) { TypedValue = JsonSerializer.Serialize(new MessagePosted(message)) });
        parameters.Add(new NpgsqlParameter("trace_parent", NpgsqlDbType.Varchar) { Value = (object?)traceParent ?? DBNull.Value });
    }
}
