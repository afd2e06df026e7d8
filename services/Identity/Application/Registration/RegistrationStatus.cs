namespace ChatPlatform.Identity.Application.Registration;

public enum RegistrationStatus
{
    Created,
    Replayed,
    DuplicateEmail,
    IdempotencyKeyReused,
}
