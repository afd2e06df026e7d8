using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Identity.Apis.Models;

public sealed record RefreshRequest([Required] string RefreshToken);
