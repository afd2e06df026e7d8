using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>A service's DbContext that carries the outbox table (see <see cref="OutboxModelExtensions"/>).</summary>
public interface IOutboxDbContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }
}
