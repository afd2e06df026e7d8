using System.ComponentModel.DataAnnotations;
using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Apis.Dtos;

public sealed record CreateRoomRequest(
    [Required, StringLength(NewRoom.MaxNameLength, MinimumLength = 1)] string? Name,
    [StringLength(NewRoom.MaxDescriptionLength)] string? Description,
    bool? IsPrivate);
