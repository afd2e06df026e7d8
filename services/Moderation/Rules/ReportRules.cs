namespace ChatPlatform.Moderation.Rules;

public static class ReportRules
{
    public const int MaxReasonLength = 1000;
    public const int MaxIdempotencyKeyLength = 200;

    /// <summary>A report names a message and gives a reason of 1 to 1000 characters (surrounding blanks trimmed).</summary>
    public static bool TryCreate(Guid? messageId, string? reason, out Guid message, out string trimmedReason, out Dictionary<string, string[]> errors)
    {
        errors = [];
        message = messageId ?? Guid.Empty;
        trimmedReason = reason?.Trim() ?? string.Empty;
        if (message == Guid.Empty)
        {
            errors["message_id"] = ["A message_id (UUID) is required."];
        }
        if (trimmedReason.Length is 0 or > MaxReasonLength)
        {
            errors["reason"] = [$"The reason must be 1 to {MaxReasonLength} characters."];
        }
        return errors.Count == 0;
    }

    /// <summary>An optional resolution note of at most 1000 characters; blank means none.</summary>
    public static bool TryGetResolution(string? resolution, out string? trimmed, out Dictionary<string, string[]> errors)
    {
        errors = [];
        trimmed = string.IsNullOrWhiteSpace(resolution) ? null : resolution.Trim();
        if (trimmed is { Length: > MaxReasonLength })
        {
            errors["resolution"] = [$"The resolution must be at most {MaxReasonLength} characters."];
        }
        return errors.Count == 0;
    }

    /// <summary>The <c>status</c> filter of the review list: open, resolved, or absent for both.</summary>
    public static bool TryParseStatus(string? status, out Model.ReportStatus? parsed)
    {
        parsed = null;
        if (string.IsNullOrEmpty(status))
        {
            return true;
        }
        parsed = status.ToLowerInvariant() switch
        {
            "open" => Model.ReportStatus.Open,
            "resolved" => Model.ReportStatus.Resolved,
            _ => null,
        };
        return parsed is not null;
    }
}
