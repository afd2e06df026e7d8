using ChatPlatform.ServiceDefaults.Auth;

namespace ChatPlatform.Gateway.Tests.Edge;

public sealed class AccessTokenRulesTests
{
    [Theory]
    [InlineData("/api/v1/chat/ws", true)]
    [InlineData("/api/v1/chat/ws/0198c0de-0000-7000-8000-000000000001", true)]
    [InlineData("/API/V1/Chat/WS", true)]
    [InlineData("/api/v1/chat/ws-stats", false)]
    [InlineData("/api/v1/chat/ws/a/b", false)]
    [InlineData("/api/v1/chat/sessions", false)]
    [InlineData("/api/v1/chat/attachments/0198c0de-0000-7000-8000-000000000001", false)]
    [InlineData("/api/v1/auth/me", false)]
    [InlineData("/", false)]
    public void Query_tokens_are_read_on_websocket_handshake_paths_only(string path, bool allowed)
    {
        Assert.Equal(allowed, AccessTokenQuery.IsAllowed(path));
    }

    [Theory]
    [InlineData("?token=eyJ.a.b&since_seq=3", "?token=Redacted&since_seq=3")]
    [InlineData("token=eyJ.a.b", "token=Redacted")]
    [InlineData("http://presence/api/v1/chat/ws/x?since_seq=0&TOKEN=eyJ.a.b#f", "http://presence/api/v1/chat/ws/x?since_seq=0&TOKEN=Redacted#f")]
    [InlineData("?q=token=not-a-parameter&mytoken=keep", "?q=token=not-a-parameter&mytoken=keep")]
    [InlineData("?limit=50", "?limit=50")]
    public void Traces_keep_the_query_but_not_the_token(string url, string traced)
    {
        Assert.Equal(traced, AccessTokenRedaction.Redact(url));
    }

    [Fact]
    public void A_missing_token_is_challenged_with_the_bare_scheme()
    {
        Assert.Equal("Bearer", BearerChallenge.For(tokenRefused: false, "An access token is required."));
    }

    [Fact]
    public void A_refused_token_is_challenged_with_invalid_token_and_the_reason()
    {
        Assert.Equal("Bearer error=\"invalid_token\", error_description=\"The access token has expired.\"",
            BearerChallenge.For(tokenRefused: true, "The access token has expired."));
    }

    [Fact]
    public void The_reason_never_breaks_out_of_its_quotes()
    {
        Assert.Equal("Bearer error=\"invalid_token\", error_description=\"a 'quoted' back'slash 'x\"",
            BearerChallenge.For(tokenRefused: true, "a \"quoted\" back\\slash \u00e9x"));
    }
}
