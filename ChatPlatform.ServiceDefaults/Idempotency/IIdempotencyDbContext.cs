using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.ServiceDefaults.Idempotency;

/// <summary>A service's DbContext that carries the idempotency store (see <see cref="IdempotencyModelExtensions"/>).</summary>
public interface IIdempotencyDbContext
{
    DbSet<IdempotencyRecord> IdempotencyRecords { get; }
}
