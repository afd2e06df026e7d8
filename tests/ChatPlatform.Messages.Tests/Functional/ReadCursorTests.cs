using ChatPlatform.Messages.Application.ReadCursors;
using ChatPlatform.Messages.Application.Sending;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using ChatPlatform.Messages.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.Messages.Tests.Functional;

[Collection(PostgresCollection.Name)]
public sealed class ReadCursorTests(PostgresServer server) : IAsyncLifetime
{
    private MessagesHost _host = null!;

    public async Task InitializeAsync() => _host = await MessagesHost.StartAsync(server);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<(Guid SessionId, Guid Reader, List<Guid> MessageIds)> SessionWithMessagesAsync(int count)
    {
        var (writer, reader) = (Guid.NewGuid(), Guid.NewGuid());
        var sessionId = await _host.CreateSessionAsync(writer, reader);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await _host.InScopeAsync(async services => (await services.GetRequiredService<MessageSender>()
                .SendAsync(sessionId, writer, new MessageDraft("text", $"m{i}", null, null, null, null), null, CancellationToken.None)).Message!.Id));
        }
        return (sessionId, reader, ids);
    }

    private Task<ReadCursorResult> MarkAsync(Guid sessionId, Guid user, long? seq, Guid? messageId = null) =>
        _host.InScopeAsync(services => services.GetRequiredService<ReadCursorService>().MarkReadAsync(sessionId, user, seq, messageId, CancellationToken.None));

    private Task<int> AdvancedEventsAsync() => _host.InScopeAsync(services => services.GetRequiredService<MessagesDbContext>()
        .OutboxMessages.CountAsync(o => o.Type.StartsWith("ChatPlatform.Contracts.ReadCursorAdvanced,")));

    [Fact]
    public async Task The_cursor_never_moves_back_and_only_a_move_is_published()
    {
        var (sessionId, reader, _) = await SessionWithMessagesAsync(5);
        var before = await AdvancedEventsAsync();

        Assert.Equal(3, (await MarkAsync(sessionId, reader, 3)).UpToSeq);
        Assert.Equal(3, (await MarkAsync(sessionId, reader, 1)).UpToSeq);
        Assert.Equal(3, (await MarkAsync(sessionId, reader, 3)).UpToSeq);
        Assert.Equal(4, (await MarkAsync(sessionId, reader, 4)).UpToSeq);

        Assert.Equal(before + 2, await AdvancedEventsAsync());
    }

    [Fact]
    public async Task The_cursor_stops_at_the_last_message()
    {
        var (sessionId, reader, _) = await SessionWithMessagesAsync(2);

        Assert.Equal(2, (await MarkAsync(sessionId, reader, 1000)).UpToSeq);
    }

    [Fact]
    public async Task A_message_id_marks_up_to_its_seq()
    {
        var (sessionId, reader, ids) = await SessionWithMessagesAsync(4);

        Assert.Equal(3, (await MarkAsync(sessionId, reader, null, ids[2])).UpToSeq);
        Assert.Equal(["up_to_message_id"], (await MarkAsync(sessionId, reader, null, Guid.NewGuid())).Errors!.Keys);
    }

    [Fact]
    public async Task Concurrent_marks_settle_on_the_highest()
    {
        var (sessionId, reader, _) = await SessionWithMessagesAsync(10);

        await Task.WhenAll(Enumerable.Range(1, 10).Select(seq => Task.Run(() => MarkAsync(sessionId, reader, seq))));

        Assert.Equal(10, (await MarkAsync(sessionId, reader, 0)).UpToSeq);
    }
}
