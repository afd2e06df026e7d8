using ChatPlatform.Messages.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Messages.Infrastructure.EntityConfigurations;

internal sealed class ReadCursorConfiguration : IEntityTypeConfiguration<ReadCursor>
{
    public void Configure(EntityTypeBuilder<ReadCursor> cursor)
    {
        cursor.ToTable("read_cursors");
        cursor.HasKey(c => new { c.SessionId, c.UserId });
    }
}
