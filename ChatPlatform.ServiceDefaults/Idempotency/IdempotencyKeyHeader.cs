namespace ChatPlatform.ServiceDefaults.Idempotency;

/// <summary>The <c>Idempotency-Key</c> request header: a client's name for one request, so a retry is not done twice.</summary>
public static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";

    /// <summary>No key, or 1 to <paramref name="maxLength"/> characters that are not all blanks.</summary>
    public static bool IsValid(string? key, int maxLength) =>
        key is null || (key.Length <= maxLength && !string.IsNullOrWhiteSpace(key));

    /// <summary>The validation error for a key that is not <see cref="IsValid"/>.</summary>
    public static string Requirement(int maxLength) => $"The Idempotency-Key must be 1 to {maxLength} characters.";
}
