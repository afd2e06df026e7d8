namespace ChatPlatform.Identity.Services;

public enum LoginStatus
{
    Succeeded,
    InvalidCredentials,
    Throttled,
}
