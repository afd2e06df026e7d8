using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Tests.Rules;

public sealed class HistoryQueryTests
{
    [Fact]
    public void Defaults_to_the_newest_50()
    {
        var (query, errors) = HistoryQuery.Parse(null, null, null);

        Assert.Empty(errors);
        Assert.Equal(new HistoryQuery(50, null, null), query);
        Assert.False(query!.OldestFirst);
    }

    [Fact]
    public void Empty_parameters_count_as_absent()
    {
        var (query, errors) = HistoryQuery.Parse("", "", "");

        Assert.Empty(errors);
        Assert.Equal(new HistoryQuery(50, null, null), query);
    }

    [Fact]
    public void After_seq_reads_oldest_first()
    {
        var (query, _) = HistoryQuery.Parse("10", null, "0");

        Assert.Equal(new HistoryQuery(10, null, 0), query);
        Assert.True(query!.OldestFirst);
    }

    [Theory]
    [InlineData("0", null, null, "limit")]
    [InlineData("201", null, null, "limit")]
    [InlineData("ten", null, null, "limit")]
    [InlineData(null, "-1", null, "before_seq")]
    [InlineData(null, "abc", null, "before_seq")]
    [InlineData(null, null, "1.5", "after_seq")]
    public void Bad_values_are_field_errors(string? limit, string? before, string? after, string field)
    {
        var (query, errors) = HistoryQuery.Parse(limit, before, after);

        Assert.Null(query);
        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public void A_short_read_is_the_last_page()
    {
        var query = new HistoryQuery(3, null, null);

        Assert.Equal((2, (string?)null), query.Page([9, 8]));
        Assert.Equal((3, (string?)null), query.Page([9, 8, 7]));
    }

    [Fact]
    public void A_full_read_points_the_cursor_at_the_last_returned_seq()
    {
        Assert.Equal((3, "7"), new HistoryQuery(3, null, null).Page([9, 8, 7, 6]));
        Assert.Equal((3, "4"), new HistoryQuery(3, null, 1).Page([2, 3, 4, 5]));
    }
}
