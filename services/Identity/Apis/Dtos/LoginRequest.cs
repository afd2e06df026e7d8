using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Identity.Apis.Dtos;

public sealed record LoginRequest([Required] string Email, [Required] string Password);
