namespace ChatPlatform.Identity.Application.Tokens;

public enum RefreshStatus
{
    Refreshed,
    Rejected,
    ReuseDetected,
}
