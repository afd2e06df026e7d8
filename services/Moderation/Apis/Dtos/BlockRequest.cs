using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Moderation.Apis.Dtos;

/// <summary><c>{user_id}</c> of a block or an unblock.</summary>
public sealed record BlockRequest([Required] Guid? UserId);
