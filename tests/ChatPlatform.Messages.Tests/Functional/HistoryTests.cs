using ChatPlatform.Messages.Application.History;
using ChatPlatform.Messages.Application.Sending;
using ChatPlatform.Messages.Rules;
using ChatPlatform.Messages.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.Messages.Tests.Functional;

[Collection(PostgresCollection.Name)]
public sealed class HistoryTests(PostgresServer server) : IAsyncLifetime
{
    private MessagesHost _host = null!;
    private Guid _sessionId;

    public async Task InitializeAsync()
    {
        _host = await MessagesHost.StartAsync(server);
        var user = Guid.NewGuid();
        _sessionId = await _host.CreateSessionAsync(user);
        for (var i = 1; i <= 7; i++)
        {
            await _host.InScopeAsync(services => services.GetRequiredService<MessageSender>()
                .SendAsync(_sessionId, user, new MessageDraft("text", $"m{i}", null, null, null, null), null, CancellationToken.None));
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<(long[] Seqs, string? Next)> ReadAsync(int limit, long? before, long? after)
    {
        var page = await _host.InScopeAsync(services => services.GetRequiredService<HistoryReader>()
            .ReadAsync(_sessionId, Guid.NewGuid(), new HistoryQuery(limit, before, after), CancellationToken.None));
        return (page.Items.Select(m => m.Seq).ToArray(), page.NextCursor);
    }

    private async Task AssertPageAsync(long[] expectedSeqs, string? expectedNext, int limit, long? before, long? after)
    {
        var (seqs, next) = await ReadAsync(limit, before, after);
        Assert.Equal(expectedSeqs, seqs);
        Assert.Equal(expectedNext, next);
    }

    [Fact]
    public async Task Newest_first_pages_follow_next_cursor_to_the_start()
    {
        await AssertPageAsync([7, 6, 5], "5", 3, null, null);
        await AssertPageAsync([4, 3, 2], "2", 3, 5, null);
        await AssertPageAsync([1], null, 3, 2, null);
    }

    [Fact]
    public async Task After_seq_pages_oldest_first_to_the_end()
    {
        await AssertPageAsync([1, 2, 3], "3", 3, null, 0);
        await AssertPageAsync([4, 5, 6], "6", 3, null, 3);
        await AssertPageAsync([7], null, 3, null, 6);
        await AssertPageAsync([], null, 3, null, 7);
    }

    [Fact]
    public async Task A_page_that_ends_exactly_at_the_end_has_no_cursor()
    {
        await AssertPageAsync([7, 6, 5, 4, 3, 2, 1], null, 7, null, null);
    }

    [Fact]
    public async Task Both_bounds_select_the_range_between_them_oldest_first()
    {
        await AssertPageAsync([3, 4, 5], null, 10, 6, 2);
    }
}
