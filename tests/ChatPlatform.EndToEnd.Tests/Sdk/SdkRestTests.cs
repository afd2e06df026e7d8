using ChatPlatform.Client;
using ChatPlatform.Client.Rest;
using ChatPlatform.EndToEnd.Tests.Infrastructure;

namespace ChatPlatform.EndToEnd.Tests.Sdk;

/// <summary>The SDK's generated REST client and <see cref="ChatPlatformClient"/> through the gateway.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SdkRestTests(PlatformFixture platform)
{
    [Fact]
    public async Task Register_log_in_create_a_session_send_and_read_history()
    {
        using var alice = new ChatPlatformClient(platform.GatewayAddress);
        var email = $"sdk-{Guid.NewGuid():N}@example.test";
        var registered = await alice.RegisterAsync(email, "correct-horse-battery", "Alice SDK");
        var login = await alice.LoginAsync(email, "correct-horse-battery");
        Assert.Equal(registered.Id, login.User.Id);
        Assert.Equal(registered.Id, (await alice.Api.GetMeAsync()).Id);

        var session = await alice.Api.CreateSessionAsync(body: new CreateSessionRequest { Title = "SDK REST" });
        var sent = await alice.Api.SendMessageAsync(session.Id, body: new SendMessageRequest
        {
            Message_type = SendMessageRequestMessage_type.Text, Content = "over REST", Client_message_id = "rest-1",
        });
        var again = await alice.Api.SendMessageAsync(session.Id, body: new SendMessageRequest
        {
            Message_type = SendMessageRequestMessage_type.Text, Content = "over REST", Client_message_id = "rest-1",
        });
        Assert.Equal((sent.Id, 1L), (again.Id, again.Seq));

        var page = await alice.Api.GetMessagesAsync(session.Id, limit: 10);
        Assert.Equal([sent.Id], page.Items.Select(m => m.Id));
        Assert.Equal("over REST", $"{page.Items.Single().Content}");

        var read = await alice.Api.MarkReadAsync(session.Id, new MarkReadRequest { Up_to_message_id = sent.Id });
        Assert.Equal(1L, read.Up_to_seq);
        var seen = await alice.Api.ListReadCursorsAsync(session.Id, limit: 10);
        Assert.Equal([(registered.Id, 1L)], seen.Items.Select(c => (c.User_id, c.Up_to_seq)));

        await using var socket = await alice.ConnectAsync(session.Id);
        Assert.Equal(1, socket.LastSeq(session.Id));
        var ack = await socket.SendAsync("over the socket");
        Assert.Equal(2, ack.Seq);
    }

    [Fact]
    public async Task Problems_are_typed_exceptions_with_code_detail_trace_id_and_errors()
    {
        var user = await TestUser.RegisterAsync(platform, "problems");
        using var client = await platform.SdkClientAsync(user);

        var missing = await Assert.ThrowsAsync<ChatPlatformProblemException>(() => client.Api.GetSessionAsync(Guid.NewGuid()));
        Assert.Equal((HttpStatusCode.NotFound, "not_found"), (missing.Status, missing.Code));
        Assert.False(string.IsNullOrEmpty(missing.TraceId));
        Assert.False(string.IsNullOrEmpty(missing.Detail));

        var invalid = await Assert.ThrowsAsync<ChatPlatformProblemException>(() => client.RegisterAsync("not-an-email", "x", ""));
        Assert.Equal("validation_failed", invalid.Code);
        Assert.True((int)invalid.Status is 400 or 422);
        Assert.NotEmpty(invalid.Errors);

        using var anonymous = new ChatPlatformClient(platform.GatewayAddress);
        var unauthorized = await Assert.ThrowsAsync<ChatPlatformProblemException>(() => anonymous.Api.GetMeAsync());
        Assert.Equal((HttpStatusCode.Unauthorized, "unauthorized"), (unauthorized.Status, unauthorized.Code));
    }

    [Fact]
    public async Task A_refreshed_token_is_used_by_the_next_call_and_the_old_refresh_token_is_spent()
    {
        var user = await TestUser.RegisterAsync(platform, "refresh");
        using var client = await platform.SdkClientAsync(user);
        var before = client.Credentials!.Tokens;

        var after = await client.Credentials.RefreshAsync();
        Assert.NotEqual(before.AccessToken, after.AccessToken);
        Assert.NotEqual(before.RefreshToken, after.RefreshToken);
        Assert.Equal(user.Id, (await client.Api.GetMeAsync()).Id);

        using var replay = new ChatPlatformClient(platform.GatewayAddress);
        var spent = replay.UseTokens(before);
        var refused = await Assert.ThrowsAsync<ChatPlatformProblemException>(() => spent.RefreshAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
    }
}
