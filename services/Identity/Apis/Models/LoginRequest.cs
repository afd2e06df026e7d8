using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Identity.Apis.Models;

public sealed record LoginRequest([Required] string Email, [Required] string Password);
