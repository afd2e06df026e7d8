using ChatPlatform.Sessions.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Sessions.Infrastructure.EntityConfigurations;

internal sealed class ChatSessionConfiguration : IEntityTypeConfiguration<ChatSession>
{
    public void Configure(EntityTypeBuilder<ChatSession> session)
    {
        session.ToTable("chat_sessions");
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        session.Property(s => s.Title).HasColumnName("title").HasMaxLength(NewSession.MaxTitleLength);
        session.Property(s => s.Kind).HasColumnName("kind").HasMaxLength(16).HasConversion(new LowerCaseEnumConverter<SessionKind>());
        session.Property(s => s.Status).HasColumnName("status").HasMaxLength(16).HasConversion(new LowerCaseEnumConverter<SessionStatus>());
        session.Property(s => s.CreatedBy).HasColumnName("created_by");
        session.Property(s => s.CreatedAt).HasColumnName("created_at");
        session.Property(s => s.ClosedAt).HasColumnName("closed_at");
        session.Property(s => s.ClosedBy).HasColumnName("closed_by");
        session.Property(s => s.RoomId).HasColumnName("room_id");
        session.Property(s => s.DirectPairKey).HasColumnName("direct_pair_key").HasMaxLength(65);
        session.Property(s => s.LastActivityAt).HasColumnName("last_activity_at");
        session.OwnsOne(s => s.Feedback, feedback =>
        {
            feedback.Property(f => f.Rating).HasColumnName("feedback_rating");
            feedback.Property(f => f.Comment).HasColumnName("feedback_comment").HasMaxLength(FeedbackInput.MaxCommentLength);
            feedback.Property(f => f.SubmittedBy).HasColumnName("feedback_by");
            feedback.Property(f => f.SubmittedAt).HasColumnName("feedback_at");
        });
        session.Property(s => s.AssignedAgentId).HasColumnName("assigned_agent_id");
        session.Property(s => s.FirstResponseAt).HasColumnName("first_response_at");
        session.Ignore(s => s.ParticipantIds);
        session.Ignore(s => s.IsWaitingSupport);
        session.Ignore(s => s.FirstResponseSeconds);
        session.Ignore(s => s.ResolutionSeconds);
        session.Ignore(s => s.OrderedParticipants);
        session.Ignore(s => s.IsClosed);

        session.HasMany(s => s.Participants).WithOne().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        session.Navigation(s => s.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        session.HasOne<Room>().WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.Restrict);

        session.HasIndex(s => new { s.LastActivityAt, s.Id }).IsDescending().HasDatabaseName("ix_chat_sessions_activity");
        session.HasIndex(s => s.DirectPairKey).IsUnique()
            .HasFilter("direct_pair_key IS NOT NULL AND status <> 'closed'")
            .HasDatabaseName("ux_chat_sessions_open_direct_pair");
        session.HasIndex(s => new { s.Kind, s.Status }).HasDatabaseName("ix_chat_sessions_kind_status");
        // The support queue: waiting sessions, oldest first.
        session.HasIndex(s => new { s.CreatedAt, s.Id })
            .HasFilter("kind = 'support' AND status = 'waiting'")
            .HasDatabaseName("ix_chat_sessions_support_queue");
    }
}
