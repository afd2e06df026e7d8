namespace ChatPlatform.Moderation.Application.Reports;

public enum ReportOutcome
{
    /// <summary>A new report (201).</summary>
    Created,
    /// <summary>A retry with the same Idempotency-Key: the first result again (201).</summary>
    Replayed,
    /// <summary>The reporter had already reported this message: that report (200).</summary>
    AlreadyReported,
    /// <summary>The message does not exist or the reporter cannot read it (404).</summary>
    NotReadable,
    /// <summary>Messages could not be asked (503).</summary>
    Unavailable,
}
