using ChatPlatform.Sessions.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Sessions.Infrastructure.EntityConfigurations;

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> room)
    {
        room.ToTable("rooms");
        room.HasKey(r => r.Id);
        room.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        room.Property(r => r.Name).HasColumnName("name").HasMaxLength(NewRoom.MaxNameLength);
        room.Property(r => r.Description).HasColumnName("description").HasMaxLength(NewRoom.MaxDescriptionLength);
        room.Property(r => r.IsPrivate).HasColumnName("is_private");
        room.Property(r => r.CreatedBy).HasColumnName("created_by");
        room.Property(r => r.CreatedAt).HasColumnName("created_at");
        // The room's session points back at the room (chat_sessions.room_id); this side is a plain unique column.
        room.Property(r => r.SessionId).HasColumnName("session_id");
        room.HasIndex(r => r.SessionId).IsUnique().HasDatabaseName("ux_rooms_session_id");
        room.HasIndex(r => new { r.CreatedAt, r.Id }).IsDescending().HasDatabaseName("ix_rooms_created");
    }
}
