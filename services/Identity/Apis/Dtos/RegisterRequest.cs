using System.ComponentModel.DataAnnotations;
using ChatPlatform.Identity.Rules;

namespace ChatPlatform.Identity.Apis.Dtos;

/// <summary>A registration. Fields are required by the contract; missing ones arrive as null and fail validation.</summary>
public sealed record RegisterRequest(
    [Required, StringLength(EmailAddress.MaxLength)] string Email,
    [Required, StringLength(RegistrationRules.MaxPasswordLength, MinimumLength = RegistrationRules.MinPasswordLength)] string Password,
    [Required, StringLength(RegistrationRules.MaxDisplayNameLength, MinimumLength = 1)] string DisplayName);
