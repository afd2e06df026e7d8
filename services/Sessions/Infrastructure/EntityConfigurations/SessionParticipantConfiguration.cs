using ChatPlatform.Sessions.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Sessions.Infrastructure.EntityConfigurations;

internal sealed class SessionParticipantConfiguration : IEntityTypeConfiguration<SessionParticipant>
{
    public void Configure(EntityTypeBuilder<SessionParticipant> participant)
    {
        participant.ToTable("session_participants");
        participant.HasKey(p => new { p.SessionId, p.UserId });
        participant.Property(p => p.SessionId).HasColumnName("session_id");
        participant.Property(p => p.UserId).HasColumnName("user_id");
        participant.Property(p => p.Role).HasColumnName("role").HasMaxLength(16).HasConversion(new LowerCaseEnumConverter<ParticipantRole>());
        participant.Property(p => p.JoinedAt).HasColumnName("joined_at");
        participant.Property(p => p.AddedBy).HasColumnName("added_by");
        participant.HasIndex(p => p.UserId).HasDatabaseName("ix_session_participants_user_id");
    }
}
