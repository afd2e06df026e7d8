namespace ChatPlatform.Moderation.Model;

public enum ReportStatus
{
    Open,
    Resolved,
}
