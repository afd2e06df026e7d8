using ChatPlatform.Messages.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Messages.Infrastructure.EntityConfigurations;

internal sealed class SessionSequenceConfiguration : IEntityTypeConfiguration<SessionSequence>
{
    public void Configure(EntityTypeBuilder<SessionSequence> sequence)
    {
        sequence.ToTable("session_sequences");
        sequence.HasKey(s => s.SessionId);
        sequence.Property(s => s.SessionId).ValueGeneratedNever();
    }
}
