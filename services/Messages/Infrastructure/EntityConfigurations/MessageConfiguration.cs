using ChatPlatform.Messages.Model;
using ChatPlatform.Messages.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Messages.Infrastructure.EntityConfigurations;

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public const string ClientMessageIdIndex = "ux_messages_client_message_id";

    public void Configure(EntityTypeBuilder<Message> message)
    {
        message.ToTable("messages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Id).ValueGeneratedNever();
        message.Property(m => m.MessageType).HasMaxLength(16);
        message.Property(m => m.ClientMessageId).HasMaxLength(MessageLimits.ClientMessageIdLength);
        message.Property(m => m.Metadata).HasColumnType("json");
        message.Property(m => m.Attachments).HasColumnType("jsonb").HasDefaultValueSql("'[]'::jsonb");
        message.HasIndex(m => new { m.ChatSessionId, m.Seq }).IsUnique().HasDatabaseName("ux_messages_session_seq");
        message.HasIndex(m => new { m.ChatSessionId, m.UserId, m.ClientMessageId })
            .IsUnique()
            .HasFilter("client_message_id IS NOT NULL")
            .HasDatabaseName(ClientMessageIdIndex);
    }
}
