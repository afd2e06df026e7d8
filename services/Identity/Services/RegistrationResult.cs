using ChatPlatform.Identity.Apis.Models;

namespace ChatPlatform.Identity.Services;

public sealed record RegistrationResult(RegistrationStatus Status, UserResponse? User = null);
