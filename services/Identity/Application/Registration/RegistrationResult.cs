using ChatPlatform.Identity.Apis.Dtos;

namespace ChatPlatform.Identity.Application.Registration;

public sealed record RegistrationResult(RegistrationStatus Status, UserResponse? User = null);
