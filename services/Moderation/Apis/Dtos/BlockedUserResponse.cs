using ChatPlatform.Moderation.Model;

namespace ChatPlatform.Moderation.Apis.Dtos;

/// <summary>One of the caller's blocks in <c>GET /api/v1/chat/blocks</c>.</summary>
public sealed record BlockedUserResponse(Guid UserId, DateTimeOffset CreatedAt)
{
    public static BlockedUserResponse From(Block block) => new(block.BlockedId, block.CreatedAt);
}
