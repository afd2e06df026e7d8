using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Infrastructure;

/// <summary>The users projection (from UserRegistered) that @mentions are matched against.</summary>
public sealed class UserDirectory(MessagesDbContext db)
{
    public Task<int> UpsertAsync(Guid userId, string email, string displayName, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO users (user_id, email, display_name) VALUES ({userId}, {email}, {displayName})
            ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, display_name = EXCLUDED.display_name
            """, cancellationToken);
}
