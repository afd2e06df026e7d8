using ChatPlatform.Moderation.Model;
using ChatPlatform.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Moderation.Infrastructure;

public sealed class ModerationDbContext(DbContextOptions<ModerationDbContext> options) : DbContext(options), IOutboxDbContext
{
    public DbSet<Block> Blocks => Set<Block>();
    public DbSet<KnownUser> Users => Set<KnownUser>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ModerationDbContext).Assembly);
        modelBuilder.AddOutboxTable();
    }
}
