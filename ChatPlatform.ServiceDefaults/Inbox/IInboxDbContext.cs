using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.ServiceDefaults.Inbox;

/// <summary>
/// A service's DbContext that carries the inbox table (see <see cref="InboxModelExtensions"/>): only a service whose
/// consumers dedupe by message id needs it; the others' consumers make idempotent changes.
/// </summary>
public interface IInboxDbContext
{
    DbSet<ProcessedMessage> ProcessedMessages { get; }
}
