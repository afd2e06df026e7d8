namespace ChatPlatform.Identity.Model;

/// <summary>
/// One link of a rotating refresh-token chain. Only the SHA-256 hash of the secret is stored. Every token of a
/// login shares a <see cref="FamilyId"/>; using a token marks it used and issues its successor in the same family.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid FamilyId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public static RefreshToken Create(Guid userId, Guid familyId, string tokenHash, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserId = userId,
        FamilyId = familyId,
        TokenHash = tokenHash,
        CreatedAt = now,
        ExpiresAt = now + lifetime,
    };

    public RefreshTokenState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? RefreshTokenState.Revoked
        : UsedAt is not null ? RefreshTokenState.Used
        : now >= ExpiresAt ? RefreshTokenState.Expired
        : RefreshTokenState.Active;

    /// <summary>Marks this token used and returns its successor in the same family.</summary>
    public RefreshToken Rotate(string successorHash, DateTimeOffset now, TimeSpan lifetime)
    {
        if (StateAt(now) != RefreshTokenState.Active)
        {
            throw new InvalidOperationException($"Only an active refresh token can be rotated; this one is {StateAt(now)}.");
        }
        UsedAt = now;
        return Create(UserId, FamilyId, successorHash, now, lifetime);
    }
}
