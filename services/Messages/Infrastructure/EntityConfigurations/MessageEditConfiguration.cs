using ChatPlatform.Messages.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Messages.Infrastructure.EntityConfigurations;

internal sealed class MessageEditConfiguration : IEntityTypeConfiguration<MessageEdit>
{
    public void Configure(EntityTypeBuilder<MessageEdit> edit)
    {
        edit.ToTable("message_edits");
        edit.HasKey(e => e.Id);
        edit.Property(e => e.Id).ValueGeneratedNever();
        edit.HasIndex(e => new { e.MessageId, e.EditedAt });
    }
}
