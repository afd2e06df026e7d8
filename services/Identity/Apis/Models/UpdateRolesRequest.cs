namespace ChatPlatform.Identity.Apis.Models;

public sealed record UpdateRolesRequest(IReadOnlyList<string> Roles);
