using System.ComponentModel.DataAnnotations;
using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Apis.Dtos;

public sealed record CannedResponseRequest(
    [Required, StringLength(CannedResponseInput.MaxTitleLength, MinimumLength = 1)] string? Title,
    [Required, StringLength(CannedResponseInput.MaxShortcutLength, MinimumLength = 1)] string? Shortcut,
    [Required, StringLength(CannedResponseInput.MaxContentLength, MinimumLength = 1)] string? Content,
    bool? Shared);
