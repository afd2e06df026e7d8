using ChatPlatform.Messages.Model;
using ChatPlatform.ServiceDefaults.Inbox;
using ChatPlatform.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Infrastructure;

public sealed class MessagesDbContext(DbContextOptions<MessagesDbContext> options) : DbContext(options), IOutboxDbContext, IInboxDbContext
{
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<SessionState> SessionStates => Set<SessionState>();
    public DbSet<SessionMember> SessionMembers => Set<SessionMember>();
    public DbSet<SessionSequence> SessionSequences => Set<SessionSequence>();
    public DbSet<ReadCursor> ReadCursors => Set<ReadCursor>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<BlockInterval> BlockIntervals => Set<BlockInterval>();
    public DbSet<MessageEdit> MessageEdits => Set<MessageEdit>();
    public DbSet<MessageReaction> MessageReactions => Set<MessageReaction>();
    public DbSet<UserProfile> Users => Set<UserProfile>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MessagesDbContext).Assembly);
        modelBuilder.AddOutboxTable();
        modelBuilder.AddInboxTable();
    }
}
