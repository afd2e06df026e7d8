namespace ChatPlatform.Identity.Apis.Dtos;

/// <summary>What any signed-in caller may see of an account; the email only for the account itself, agents and admins.</summary>
public sealed record UserProfileResponse(Guid Id, string DisplayName, string? Email);
