using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ChatPlatform.Messages.Infrastructure;

/// <summary>
/// Plain Npgsql on the context's own connection, inside its transaction when one is open: the hot paths (the send
/// statement, history pages) pay for no query translation or change tracking. A connection the context had not
/// opened is opened for the work and closed after it.
/// </summary>
public static class PlainNpgsql
{
    public static async Task<T> RunAsync<T>(this MessagesDbContext db, Func<NpgsqlConnection, NpgsqlTransaction?, Task<T>> work,
        CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        try
        {
            return await work(connection, (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
