using ChatPlatform.Identity.Application;
using ChatPlatform.Identity.Tests.Infrastructure;

namespace ChatPlatform.Identity.Tests.Functional;

[Collection(IdentityCollection.Name)]
public sealed class TracingTests(IdentityServiceFixture service)
{
    [Fact]
    public async Task Registering_and_logging_in_are_spans_of_the_identity_source_with_their_outcome()
    {
        using var spans = new SpanRecorder(IdentityTracing.SourceName);
        var client = service.CreateClient();
        var email = IdentityClient.NewEmail("traced");

        await client.RegisterAsync(email);
        await client.RegisterAsync(email);
        await client.LoginAsync(email, "not the password");

        Assert.Contains(spans.Named("register user"), span => Equals(span.GetTagItem("chat.outcome"), "Created"));
        Assert.Contains(spans.Named("register user"), span => Equals(span.GetTagItem("chat.outcome"), "DuplicateEmail"));
        Assert.Contains(spans.Named("log in"), span => Equals(span.GetTagItem("chat.outcome"), "InvalidCredentials"));
    }
}
