namespace ChatPlatform.Identity.Application.Login;

public enum LoginStatus
{
    Succeeded,
    InvalidCredentials,
    Throttled,
}
