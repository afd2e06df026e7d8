using ChatPlatform.Sessions.Infrastructure.EntityConfigurations;
using ChatPlatform.Sessions.Model;
using ChatPlatform.ServiceDefaults.Idempotency;
using ChatPlatform.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Sessions.Infrastructure;

public sealed class SessionsDbContext(DbContextOptions<SessionsDbContext> options) : DbContext(options), IOutboxDbContext, IIdempotencyDbContext
{
    public DbSet<ChatSession> Sessions => Set<ChatSession>();
    public DbSet<SessionParticipant> Participants => Set<SessionParticipant>();
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<KnownUser> KnownUsers => Set<KnownUser>();
    public DbSet<UserBlock> UserBlocks => Set<UserBlock>();
    public DbSet<CannedResponse> CannedResponses => Set<CannedResponse>();
    public DbSet<NotificationPreferences> NotificationPreferences => Set<NotificationPreferences>();
    public DbSet<AgentPresenceReport> AgentPresence => Set<AgentPresenceReport>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ChatSessionConfiguration());
        modelBuilder.ApplyConfiguration(new SessionParticipantConfiguration());
        modelBuilder.ApplyConfiguration(new RoomConfiguration());
        modelBuilder.ApplyConfiguration(new KnownUserConfiguration());
        modelBuilder.ApplyConfiguration(new UserBlockConfiguration());
        modelBuilder.ApplyConfiguration(new CannedResponseConfiguration());
        modelBuilder.ApplyConfiguration(new NotificationPreferencesConfiguration());
        modelBuilder.ApplyConfiguration(new AgentPresenceReportConfiguration());
        modelBuilder.AddOutboxTable();
        modelBuilder.AddIdempotencyTable();
    }
}
