using ChatPlatform.Messages.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Messages.Infrastructure.EntityConfigurations;

internal sealed class MessageReactionConfiguration : IEntityTypeConfiguration<MessageReaction>
{
    public void Configure(EntityTypeBuilder<MessageReaction> reaction)
    {
        reaction.ToTable("message_reactions");
        reaction.HasKey(r => new { r.MessageId, r.Emoji, r.UserId });
        reaction.Property(r => r.Emoji).HasMaxLength(128);
    }
}
