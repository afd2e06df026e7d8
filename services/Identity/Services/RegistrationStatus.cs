namespace ChatPlatform.Identity.Services;

public enum RegistrationStatus
{
    Created,
    Replayed,
    DuplicateEmail,
    IdempotencyKeyReused,
}
