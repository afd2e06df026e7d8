using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace ChatPlatform.Bench.History;

/// <summary>
/// Fills one session straight in messagesdb, fast: a few big INSERT ... SELECT over generate_series after the seqs the
/// session already has, in one transaction that holds the session's sequence row (a concurrent send waits, so no seq
/// is taken twice), then session_sequences.last_seq set to the highest seq, as Messages' own insert leaves it.
/// Columns follow services/Messages (MessageConfiguration, migrations); the rest keep their defaults.
/// </summary>
public static class HistorySeeder
{
    private const int RowsPerStatement = 250_000;

    private const string InsertSql = """
        INSERT INTO messages (id, chat_session_id, user_id, message_type, content, seq, created_at, deleted, mentions, attachment_ids)
        SELECT gen_random_uuid(), @session_id, (@authors)[1 + (g % cardinality(@authors))::int], 'text',
               left('history ' || g || ' ' || @filler, @payload), g, @newest - (@last_seq - g) * interval '1 millisecond',
               false, '{}', '{}'
        FROM generate_series(@first::bigint, @last::bigint) AS g
        """;

    public static async Task<HistorySeed> SeedAsync(string connectionString, Guid sessionId, Guid[] authors, long total, string filler,
        TextWriter log, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var existing = await ScalarAsync(connection, "SELECT last_seq FROM session_sequences WHERE session_id = @session_id FOR UPDATE",
            [new("session_id", sessionId)], cancellationToken)
            ?? throw new InvalidOperationException($"messagesdb has no sequence row for session {sessionId}: Messages has not stored its first message.");
        var lastSeq = Math.Max(existing, total);
        for (var first = existing + 1; first <= lastSeq; first += RowsPerStatement)
        {
            var last = Math.Min(lastSeq, first + RowsPerStatement - 1);
            await using var insert = new NpgsqlCommand(InsertSql, connection, transaction) { CommandTimeout = 0 };
            insert.Parameters.Add(new NpgsqlParameter("session_id", NpgsqlDbType.Uuid) { Value = sessionId });
            insert.Parameters.Add(new NpgsqlParameter("authors", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = authors });
            insert.Parameters.Add(new NpgsqlParameter("filler", NpgsqlDbType.Text) { Value = filler });
            insert.Parameters.Add(new NpgsqlParameter("payload", NpgsqlDbType.Integer) { Value = filler.Length });
            insert.Parameters.Add(new NpgsqlParameter("newest", NpgsqlDbType.TimestampTz) { Value = DateTime.UtcNow });
            insert.Parameters.Add(new NpgsqlParameter("last_seq", NpgsqlDbType.Bigint) { Value = lastSeq });
            insert.Parameters.Add(new NpgsqlParameter("first", NpgsqlDbType.Bigint) { Value = first });
            insert.Parameters.Add(new NpgsqlParameter("last", NpgsqlDbType.Bigint) { Value = last });
            await insert.ExecuteNonQueryAsync(cancellationToken);
            log.WriteLine($"  inserted seq {first}..{last} after {watch.Elapsed.TotalSeconds:F1} s");
        }
        await ScalarAsync(connection, "UPDATE session_sequences SET last_seq = @last_seq WHERE session_id = @session_id RETURNING last_seq",
            [new("session_id", sessionId), new("last_seq", lastSeq)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The table grew from a handful of rows to millions: give the planner its statistics, as autovacuum would later.
        await using (var analyze = new NpgsqlCommand("ANALYZE messages", connection) { CommandTimeout = 0 })
        {
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }
        return new HistorySeed(sessionId, lastSeq, lastSeq - existing, watch.Elapsed.TotalSeconds);
    }

    private static async Task<long?> ScalarAsync(NpgsqlConnection connection, string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        return await command.ExecuteScalarAsync(cancellationToken) is long value ? value : null;
    }
}
