using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Identity.Apis.Models;

public sealed record UpdateRolesRequest([Required] IReadOnlyList<string> Roles);
