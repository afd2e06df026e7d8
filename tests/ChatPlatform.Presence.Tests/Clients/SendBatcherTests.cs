using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatPlatform.Presence.Application;
using ChatPlatform.Presence.Application.Frames;
using ChatPlatform.Presence.Application.Sending;
using ChatPlatform.Presence.Infrastructure.Peers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Presence.Tests.Clients;

/// <summary>
/// The batching rule: sends leave at once while a request slot is free; what arrives while every slot is out leaves
/// together in the next request; each send gets its own result, and a batch Messages never answered fails each send.
/// (Messages' side of a batch is covered end to end by SendBatchTests.)
/// </summary>
public sealed class SendBatcherTests
{
    [Fact]
    public async Task Sends_that_arrive_while_the_only_request_is_out_leave_together_in_the_next()
    {
        var messages = new ScriptedMessages();
        await using var running = await StartAsync(messages, concurrency: 1);
        var session = Guid.NewGuid();

        var first = running.Batcher.SendAsync(session, Frame("first"), "token-a", CancellationToken.None);
        await messages.WaitForRequestsAsync(1);
        var more = Enumerable.Range(1, 5).Select(n => running.Batcher.SendAsync(session, Frame($"m{n}"), $"token-{n}", CancellationToken.None)).ToList();
        messages.Release();

        Assert.Equal(1, (await first).Seq);
        Assert.Equal([2L, 3L, 4L, 5L, 6L], (await Task.WhenAll(more)).Select(o => o.Seq));
        Assert.Equal([1, 5], messages.BatchSizes);
        Assert.Equal(["token-1", "token-2", "token-3", "token-4", "token-5"], messages.Tokens.Skip(1));
    }

    [Fact]
    public async Task Each_send_gets_its_own_result_from_the_batch()
    {
        var messages = new ScriptedMessages { Refuse = content => content == "refused" };
        messages.Release();
        await using var running = await StartAsync(messages, concurrency: 1);

        var stored = await running.Batcher.SendAsync(Guid.NewGuid(), Frame("fine"), "t", CancellationToken.None);
        var refused = await running.Batcher.SendAsync(Guid.NewGuid(), Frame("refused"), "t", CancellationToken.None);

        Assert.True(stored.Stored);
        Assert.Equal(("rate_limited", 1200), (refused.Code, refused.RetryAfterMs));
    }

    [Fact]
    public async Task A_batch_Messages_refused_as_a_whole_refuses_each_send_with_its_code()
    {
        var messages = new ScriptedMessages { Status = HttpStatusCode.ServiceUnavailable };
        messages.Release();
        await using var running = await StartAsync(messages, concurrency: 2);

        var outcome = await running.Batcher.SendAsync(Guid.NewGuid(), Frame("x"), "t", CancellationToken.None);

        Assert.Equal("service_unavailable", outcome.Code);
    }

    [Fact]
    public async Task A_batch_that_cannot_reach_Messages_fails_each_send()
    {
        var messages = new ScriptedMessages { Unreachable = true };
        messages.Release();
        await using var running = await StartAsync(messages, concurrency: 1);

        await Assert.ThrowsAsync<HttpRequestException>(() => running.Batcher.SendAsync(Guid.NewGuid(), Frame("x"), "t", CancellationToken.None));
    }

    private static SendFrame Frame(string content) => new(null, "text", content, content, null, null, null);

    private static Task<RunningBatcher> StartAsync(ScriptedMessages messages, int concurrency)
    {
        var options = Options.Create(new PresenceOptions { SendBatchConcurrency = concurrency, MessagesAddress = new Uri("http://messages.test") });
        var services = new ServiceCollection();
        services.AddSingleton(options);
        services.AddHttpClient<MessagesSendClient>().ConfigurePrimaryHttpMessageHandler(() => messages);
        var provider = services.BuildServiceProvider();
        return Task.FromResult(new RunningBatcher(new SendBatcher(provider, options, NullLogger<SendBatcher>.Instance), provider));
    }

    private sealed record RunningBatcher(SendBatcher Batcher, ServiceProvider Provider) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Provider.DisposeAsync();
    }

    /// <summary>Answers send batches as Messages would: 201 with consecutive seqs, the first request held until released.</summary>
    private sealed class ScriptedMessages : HttpMessageHandler
    {
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly SemaphoreSlim requests = new(0);
        private long seq;

        public List<int> BatchSizes { get; } = [];

        public List<string> Tokens { get; } = [];

        public Func<string, bool> Refuse { get; init; } = _ => false;

        public HttpStatusCode Status { get; init; } = HttpStatusCode.OK;

        public bool Unreachable { get; init; }

        public void Release() => released.TrySetResult();

        public async Task WaitForRequestsAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                Assert.True(await requests.WaitAsync(TimeSpan.FromSeconds(10)));
            }
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Assert.Equal("/internal/messages/send-batch", request.RequestUri!.AbsolutePath);
            var sends = JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken))!["sends"]!.AsArray();
            lock (BatchSizes)
            {
                BatchSizes.Add(sends.Count);
                Tokens.AddRange(sends.Select(s => s!["access_token"]!.GetValue<string>()));
            }
            requests.Release();
            await released.Task;
            if (Unreachable)
            {
                throw new HttpRequestException("Connection refused");
            }
            if (Status != HttpStatusCode.OK)
            {
                return Json(Status, """{"status":503,"code":"service_unavailable","detail":"down"}""");
            }
            var results = new JsonArray();
            foreach (var send in sends)
            {
                var content = send!["content"]!.GetValue<string>();
                results.Add(Refuse(content)
                    ? new JsonObject { ["status"] = 429, ["code"] = "rate_limited", ["detail"] = "slow down", ["retry_after_ms"] = 1200 }
                    : new JsonObject { ["status"] = 201, ["id"] = Guid.NewGuid(), ["seq"] = Interlocked.Increment(ref seq), ["client_message_id"] = send["client_message_id"]!.GetValue<string>() });
            }
            return Json(HttpStatusCode.OK, new JsonObject { ["results"] = results }.ToJsonString());
        }

        private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
            new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }
}
