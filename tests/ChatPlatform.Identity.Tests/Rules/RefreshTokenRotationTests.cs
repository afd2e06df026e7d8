using ChatPlatform.Identity.Model;
using ChatPlatform.Identity.Rules;

namespace ChatPlatform.Identity.Tests.Rules;

public sealed class RefreshTokenRotationTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private static RefreshToken NewToken() => RefreshToken.Create(Guid.NewGuid(), Guid.NewGuid(), RefreshTokenSecret.Hash("secret"), Now, Lifetime);

    [Fact]
    public void An_active_token_is_rotated()
    {
        Assert.Equal(RefreshDecision.Rotate, RefreshTokenRotation.Decide(NewToken(), Now.AddMinutes(1)));
    }

    [Fact]
    public void Rotation_marks_the_token_used_and_issues_a_successor_in_the_same_family()
    {
        var token = NewToken();

        var successor = token.Rotate(RefreshTokenSecret.Hash("next"), Now.AddMinutes(1), Lifetime);

        Assert.Equal(Now.AddMinutes(1), token.UsedAt);
        Assert.Equal(token.FamilyId, successor.FamilyId);
        Assert.Equal(token.UserId, successor.UserId);
        Assert.NotEqual(token.Id, successor.Id);
        Assert.Equal(RefreshTokenState.Active, successor.StateAt(Now.AddMinutes(1)));
        Assert.Equal(Now.AddMinutes(1) + Lifetime, successor.ExpiresAt);
    }

    [Fact]
    public void Presenting_a_used_token_again_revokes_the_family()
    {
        var token = NewToken();
        token.Rotate(RefreshTokenSecret.Hash("next"), Now, Lifetime);

        Assert.Equal(RefreshDecision.RevokeFamily, RefreshTokenRotation.Decide(token, Now.AddMinutes(1)));
    }

    [Fact]
    public void A_used_token_cannot_be_rotated_twice()
    {
        var token = NewToken();
        token.Rotate(RefreshTokenSecret.Hash("next"), Now, Lifetime);

        Assert.Throws<InvalidOperationException>(() => token.Rotate(RefreshTokenSecret.Hash("again"), Now, Lifetime));
    }

    [Fact]
    public void Revoked_expired_and_unknown_tokens_are_rejected_without_revoking_anything()
    {
        var revoked = NewToken();
        revoked.RevokedAt = Now;
        var usedThenRevoked = NewToken();
        usedThenRevoked.UsedAt = Now;
        usedThenRevoked.RevokedAt = Now;

        Assert.Equal(RefreshDecision.Reject, RefreshTokenRotation.Decide(revoked, Now.AddMinutes(1)));
        Assert.Equal(RefreshDecision.Reject, RefreshTokenRotation.Decide(usedThenRevoked, Now.AddMinutes(1)));
        Assert.Equal(RefreshDecision.Reject, RefreshTokenRotation.Decide(NewToken(), Now + Lifetime));
        Assert.Equal(RefreshDecision.Reject, RefreshTokenRotation.Decide(null, Now));
    }

    [Fact]
    public void Secrets_are_random_url_safe_and_stored_only_as_sha256()
    {
        var first = RefreshTokenSecret.Generate();
        var second = RefreshTokenSecret.Generate();

        Assert.NotEqual(first, second);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", first);
        Assert.Matches("^[0-9a-f]{64}$", RefreshTokenSecret.Hash(first));
        Assert.Equal(RefreshTokenSecret.Hash(first), RefreshTokenSecret.Hash(first));
        Assert.NotEqual(RefreshTokenSecret.Hash(first), RefreshTokenSecret.Hash(second));
    }
}
