using ChatPlatform.Identity.Model;

namespace ChatPlatform.Identity.Apis.Dtos;

public sealed record UserResponse(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt)
{
    public static UserResponse From(User user) => new(user.Id, user.Email, user.DisplayName, [.. user.Roles], user.CreatedAt);
}
