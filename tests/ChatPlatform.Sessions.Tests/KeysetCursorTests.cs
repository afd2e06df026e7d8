using ChatPlatform.ServiceDefaults.Paging;

namespace ChatPlatform.Sessions.Tests;

public sealed class KeysetCursorTests
{
    [Fact]
    public void A_cursor_round_trips()
    {
        var cursor = new KeysetCursor(new DateTimeOffset(2025, 5, 6, 7, 8, 9, TimeSpan.Zero).AddTicks(1230), Guid.CreateVersion7());
        Assert.True(KeysetCursor.TryDecode(cursor.Encode(), out var decoded));
        Assert.Equal(cursor, decoded);
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("AAAA")]
    [InlineData("____________________________________________")]
    public void Garbage_is_not_a_cursor(string value) => Assert.False(KeysetCursor.TryDecode(value, out _));

    [Theory]
    [InlineData(null, 50)]
    [InlineData(10, 10)]
    [InlineData(200, 200)]
    public void Limit_defaults_to_50_and_goes_up_to_200(int? requested, int expected)
    {
        Assert.True(new PageRequest(requested, null).TryResolve(out var limit, out _, out _));
        Assert.Equal(expected, limit);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(201)]
    [InlineData(1000)]
    public void Limit_outside_1_to_200_is_a_validation_error(int requested)
    {
        Assert.False(new PageRequest(requested, null).TryResolve(out _, out _, out var errors));
        Assert.Contains("limit", errors.Keys);
    }

    [Fact]
    public void Bad_cursors_are_validation_errors()
    {
        Assert.False(new PageRequest(null, "%%").TryResolve(out _, out _, out var errors));
        Assert.Contains("cursor", errors.Keys);
    }

    [Fact]
    public void Only_a_full_extra_row_makes_a_next_cursor()
    {
        var rows = Enumerable.Range(1, 3).Select(i => new KeysetCursor(DateTimeOffset.UnixEpoch.AddSeconds(i), Guid.NewGuid())).ToList();

        var (page, next) = KeysetPage.Split(rows, 2, row => row);
        Assert.Equal(rows.Take(2), page);
        Assert.Equal(rows[1].Encode(), next);

        Assert.Null(KeysetPage.Split(rows, 3, row => row).NextCursor);
    }
}
