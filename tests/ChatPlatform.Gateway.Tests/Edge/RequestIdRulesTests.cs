using ChatPlatform.Gateway.Middleware;

namespace ChatPlatform.Gateway.Tests.Edge;

public sealed class RequestIdRulesTests
{
    [Theory]
    [InlineData("abc-123", true)]
    [InlineData("", false)]
    [InlineData("has space", false)]
    [InlineData("line\nbreak", false)]
    public void Request_ids_are_accepted_only_when_safe(string value, bool acceptable)
    {
        Assert.Equal(acceptable, RequestIdMiddleware.IsAcceptable(value));
    }
}
