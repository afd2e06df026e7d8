using ChatPlatform.Sessions.Model;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Sessions.Infrastructure;

public static class SessionLocks
{
    /// <summary>
    /// Loads a session with its participants after locking its row for the current transaction, so changes to one
    /// session (close, add, remove, join) run one at a time and never act on a stale state.
    /// </summary>
    public static async Task<ChatSession?> LoadForUpdateAsync(this SessionsDbContext db, Guid id, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM chat_sessions WHERE id = {id} FOR UPDATE", cancellationToken);
        return await db.Sessions.Include(s => s.Participants).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> in one transaction under the context's execution strategy (retried as a whole).</summary>
    public static Task<T> InTransactionAsync<T>(this SessionsDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
}
