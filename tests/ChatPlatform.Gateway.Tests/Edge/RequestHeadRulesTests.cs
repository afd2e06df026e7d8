using ChatPlatform.Gateway.Middleware;
using Microsoft.AspNetCore.Http;

namespace ChatPlatform.Gateway.Tests.Edge;

public sealed class RequestHeadRulesTests
{
    private static readonly RequestLimitOptions Limits = new() { MaxRequestTargetLength = 100, MaxRequestHeadersTotalSize = 200, MaxRequestHeaderCount = 3 };

    private static HeaderDictionary Headers(params (string Name, string[] Values)[] headers) =>
        new(headers.ToDictionary(header => header.Name, header => new Microsoft.Extensions.Primitives.StringValues(header.Values)));

    [Fact]
    public void Header_size_counts_every_line_with_its_separators()
    {
        var (lines, bytes) = RequestHead.Measure(Headers(("Host", ["gw"]), ("Cookie", ["a=1", "b=22"])));

        Assert.Equal(3, lines);
        Assert.Equal((4 + 2 + 2 + 2) + (6 + 2 + 3 + 2) + (6 + 2 + 4 + 2), bytes);
    }

    [Fact]
    public void A_head_within_every_limit_passes()
    {
        Assert.Null(RequestHead.Check("/" + new string('a', 99), Headers(("Host", ["gw"]), ("X-Big", [new string('b', 150)])), Limits));
    }

    [Fact]
    public void A_target_one_byte_over_is_414()
    {
        var result = RequestHead.Check("/" + new string('a', 100), Headers(), Limits);

        Assert.Equal(StatusCodes.Status414UriTooLong, result?.Status);
    }

    [Fact]
    public void Headers_one_byte_over_in_total_are_431()
    {
        var value = new string('b', 200 - "X-Big".Length - 4 + 1);

        Assert.Equal(StatusCodes.Status431RequestHeaderFieldsTooLarge, RequestHead.Check("/", Headers(("X-Big", [value])), Limits)?.Status);
        Assert.Null(RequestHead.Check("/", Headers(("X-Big", [value[1..]])), Limits));
    }

    [Fact]
    public void One_header_line_too_many_is_431_whether_names_repeat_or_not()
    {
        Assert.Equal(StatusCodes.Status431RequestHeaderFieldsTooLarge, RequestHead.Check("/", Headers(("A", ["1"]), ("B", ["2"]), ("C", ["3"]), ("D", ["4"])), Limits)?.Status);
        Assert.Equal(StatusCodes.Status431RequestHeaderFieldsTooLarge, RequestHead.Check("/", Headers(("A", ["1", "2", "3", "4"])), Limits)?.Status);
    }
}
