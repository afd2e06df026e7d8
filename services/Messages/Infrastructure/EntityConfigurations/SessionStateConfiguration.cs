using ChatPlatform.Messages.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Messages.Infrastructure.EntityConfigurations;

internal sealed class SessionStateConfiguration : IEntityTypeConfiguration<SessionState>
{
    public void Configure(EntityTypeBuilder<SessionState> state)
    {
        state.ToTable("session_states");
        state.HasKey(s => s.SessionId);
        state.Property(s => s.SessionId).ValueGeneratedNever();
        state.Property(s => s.Kind).HasMaxLength(16);
    }
}
