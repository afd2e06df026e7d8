namespace ChatPlatform.Identity.Services;

public enum RefreshStatus
{
    Refreshed,
    Rejected,
    ReuseDetected,
}
