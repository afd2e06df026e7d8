using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Identity.Apis.Dtos;

public sealed record UpdateRolesRequest([Required] IReadOnlyList<string> Roles);
