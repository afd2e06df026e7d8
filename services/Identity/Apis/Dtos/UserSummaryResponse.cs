using System.Text.Json.Serialization;

namespace ChatPlatform.Identity.Apis.Dtos;

/// <summary>
/// A directory entry: what a chat app shows of anyone, its id and name. Roles only to admins (user management),
/// never an email address.
/// </summary>
public sealed record UserSummaryResponse(
    Guid Id,
    string DisplayName,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Roles = null);
