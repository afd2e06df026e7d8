using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Identity.Apis.Dtos;

public sealed record RefreshRequest([Required] string RefreshToken);
