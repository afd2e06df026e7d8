using ChatPlatform.Presence.Apis;

namespace ChatPlatform.Presence.Tests.Apis;

public sealed class PresenceQueryTests
{
    [Fact]
    public void User_ids_may_be_comma_separated_or_repeated_and_duplicates_fold()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();

        Assert.True(PresenceApi.TryParseUserIds([$"{a}, {b}", a.ToString()], out var ids, out _));
        Assert.Equal([a, b], ids);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-uuid")]
    public void Missing_or_malformed_user_ids_are_refused(string? value)
    {
        Assert.False(PresenceApi.TryParseUserIds(value is null ? null : [value], out _, out var error));
        Assert.NotEmpty(error);
    }

    [Fact]
    public void More_than_200_user_ids_are_refused() =>
        Assert.False(PresenceApi.TryParseUserIds([string.Join(',', Enumerable.Range(0, 201).Select(_ => Guid.NewGuid()))], out _, out _));

    [Theory]
    [InlineData(null, true, null)]
    [InlineData("", true, null)]
    [InlineData("0", true, 0L)]
    [InlineData("42", true, 42L)]
    [InlineData("-1", false, null)]
    [InlineData("x", false, null)]
    public void Since_seq_is_absent_or_a_whole_number(string? value, bool valid, long? expected)
    {
        Assert.Equal(valid, SocketHandshake.TryParseSinceSeq(value, out var since));
        Assert.Equal(expected, since);
    }
}
