using ChatPlatform.Messages.Application.ReadCursors;
using ChatPlatform.Messages.Application.Sending;
using ChatPlatform.Messages.Application.Summaries;
using ChatPlatform.Messages.Rules;
using ChatPlatform.Messages.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.Messages.Tests.Functional;

[Collection(PostgresCollection.Name)]
public sealed class SummaryTests(PostgresServer server) : IAsyncLifetime
{
    private MessagesHost _host = null!;

    public async Task InitializeAsync() => _host = await MessagesHost.StartAsync(server);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<SendResult> SendAsync(Guid sessionId, Guid userId, string content) => _host.InScopeAsync(services =>
        services.GetRequiredService<MessageSender>().SendAsync(sessionId, userId, new MessageDraft("text", content, null, null, null, null), null, CancellationToken.None));

    [Fact]
    public async Task Unread_counts_others_messages_after_the_cursor_and_last_message_is_the_newest()
    {
        var (me, other) = (Guid.NewGuid(), Guid.NewGuid());
        var busy = await _host.CreateSessionAsync(me, other);
        var quiet = await _host.CreateSessionAsync(me, other);
        var notMine = await _host.CreateSessionAsync(other);
        await SendAsync(busy, other, "1");
        await SendAsync(busy, me, "2");
        await SendAsync(busy, other, "3");
        await SendAsync(busy, other, "4");
        await SendAsync(notMine, other, "secret");
        await _host.InScopeAsync(services => services.GetRequiredService<ReadCursorService>().MarkReadAsync(busy, me, 2, null, CancellationToken.None));

        var summaries = await _host.InScopeAsync(services => services.GetRequiredService<SummaryReader>().ReadAsync(me, [busy, quiet, notMine], CancellationToken.None));

        Assert.Equal([busy, quiet], summaries.Keys.Order());
        Assert.Equal(2, summaries[busy].UnreadCount);
        Assert.Equal(("4", 4L), (summaries[busy].LastMessage!.Content, summaries[busy].LastMessage!.Seq));
        Assert.Equal(new SessionSummary(0, null), summaries[quiet]);
    }
}
