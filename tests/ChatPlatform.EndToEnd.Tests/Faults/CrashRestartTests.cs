using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using Aspire.Hosting.ApplicationModel;
using ChatPlatform.Bench.Faults;
using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Faults;

/// <summary>
/// The short version of the fault harness (bench <c>--mode faults</c>, docs/reliability.md): under light load, one
/// Messages replica and one Presence replica die by SIGKILL; the AppHost starts them again by itself, and nothing
/// acknowledged (a WebSocket ack, a REST 201) is lost or stored twice, and a client resuming from seq 0 gets every
/// message once, in order.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CrashRestartTests(FaultPlatformFixture platform) : IClassFixture<FaultPlatformFixture>
{
    private static readonly TimeSpan RestartLimit = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Killed_Messages_and_Presence_replicas_are_restarted_by_the_AppHost_and_nothing_acknowledged_is_lost_or_duplicated()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var session = (await alice.CreateSessionAsync("Crash restart", "group", bob.Id)).Id();
        await using var resources = new ResourceWatcher(platform.App);
        var messages = await ReplicaAsync(resources, "messages");
        var presence = await ReplicaAsync(resources, "presence");

        var acked = new ConcurrentDictionary<string, long>();
        using var stop = new CancellationTokenSource();
        var load = new[]
        {
            Task.Run(() => SendOverSocketAsync(alice, session, acked, stop.Token)),
            Task.Run(() => SendOverRestAsync(bob, session, acked, stop.Token)),
        };
        await Task.Delay(TimeSpan.FromSeconds(3));
        var before = acked.Count;

        Kill(messages);
        Kill(presence);
        await Task.WhenAll(RestartedAsync(resources, messages), RestartedAsync(resources, presence));
        await Task.Delay(TimeSpan.FromSeconds(5));
        await stop.CancelAsync();
        await Task.WhenAll(load);
        Assert.True(acked.Count > before + 5, $"only {acked.Count - before} sends were acknowledged around the crash");

        var history = await AllMessagesAsync(alice, session);
        Assert.Equal(Enumerable.Range(1, history.Count).Select(i => (long)i), history.Select(m => m.Seq));
        var byId = history.Where(m => m.ClientMessageId is not null).GroupBy(m => m.ClientMessageId!).ToDictionary(g => g.Key, g => g.ToList());
        Assert.All(byId, pair => Assert.Single(pair.Value));
        Assert.All(acked, ack => Assert.Equal(ack.Value, Assert.Single(byId.GetValueOrDefault(ack.Key) ?? []).Seq));

        await using var resumed = await platform.ConnectAsync(SessionSocket(session, bob, sinceSeq: 0));
        var replayed = new List<long>();
        while (replayed.Count < history.Count)
        {
            replayed.Add((await resumed.WaitForAsync(frame => frame["seq"] is not null && frame.Type() != "ack")).Seq());
        }
        Assert.Equal(history.Select(m => m.Seq), replayed);
    }

    private static async Task<ResourceView> ReplicaAsync(ResourceWatcher resources, string name)
    {
        var watch = Stopwatch.StartNew();
        while (resources.Replicas(name) is not [{ Pid: not null, Health: HealthStatus.Healthy } first, ..])
        {
            Assert.True(watch.Elapsed < RestartLimit, $"{name} has no healthy replica");
            await Task.Delay(100);
        }
        return resources.Replicas(name)[0];
    }

    private static void Kill(ResourceView replica)
    {
        var pid = RealProcess.Find(replica.Name, replica.Pid!.Value);
        Assert.True(pid is not null, $"no {replica.Name} process under DCP's pid {replica.Pid}");
        Process.GetProcessById(pid.Value).Kill();
    }

    /// <summary>Nobody but the AppHost starts it: the replica runs again under a new process and is healthy.</summary>
    private static async Task RestartedAsync(ResourceWatcher resources, ResourceView killed)
    {
        var watch = Stopwatch.StartNew();
        while (resources.Get(killed.ResourceId) is not { State: var state, Pid: var pid, Health: HealthStatus.Healthy }
            || state != KnownResourceStates.Running || pid == killed.Pid)
        {
            Assert.True(watch.Elapsed < RestartLimit,
                $"{killed.ResourceId} was not restarted within {RestartLimit.TotalSeconds} s: {resources.Get(killed.ResourceId)}");
            await Task.Delay(100);
        }
    }

    /// <summary>A client on a WebSocket: sends the same id again (on a new socket if need be) until it is acknowledged.</summary>
    private async Task SendOverSocketAsync(TestUser user, string session, ConcurrentDictionary<string, long> acked, CancellationToken stop)
    {
        ChatSocket? socket = null;
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var id = $"crash-ws-{n}";
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    socket ??= await platform.ConnectAsync(SessionSocket(session, user));
                    await socket.SendTextAsync($"over the socket {n}", id);
                    var answer = await socket.WaitForAsync(frame => frame.Type() is "ack" or "error" && frame.Str("client_message_id") == id, TimeSpan.FromSeconds(5));
                    if (answer.Type() == "ack")
                    {
                        acked[id] = answer.Seq();
                        break;
                    }
                }
                catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or HttpRequestException)
                {
                    if (socket is not null)
                    {
                        await socket.DisposeAsync();
                    }
                    socket = null;
                }
                await Task.Delay(500, CancellationToken.None);
            }
            await Task.Delay(200, CancellationToken.None);
        }
        if (socket is not null)
        {
            await socket.DisposeAsync();
        }
    }

    /// <summary>A client over REST: posts the same id again after a 5xx or a failed connection until it gets its 201.</summary>
    private static async Task SendOverRestAsync(TestUser user, string session, ConcurrentDictionary<string, long> acked, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var body = new { message_type = "text", content = $"over REST {n}", client_message_id = $"crash-rest-{n}" };
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await user.PostMessageAsync(session, body);
                    if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                    {
                        acked[body.client_message_id] = (await response.Content.ReadFromJsonAsync<JsonObject>())!["seq"]!.GetValue<long>();
                        break;
                    }
                    Assert.True((int)response.StatusCode >= 500, $"a send during the crash was refused with {(int)response.StatusCode}");
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                }
                await Task.Delay(500, CancellationToken.None);
            }
            await Task.Delay(200, CancellationToken.None);
        }
    }

    private static async Task<List<(long Seq, string? ClientMessageId)>> AllMessagesAsync(TestUser user, string session)
    {
        var all = new List<(long Seq, string? ClientMessageId)>();
        while (true)
        {
            var page = await user.HistoryAsync(session, $"?after_seq={(all.Count == 0 ? 0 : all[^1].Seq)}&limit=200");
            var items = page["items"]!.AsArray();
            all.AddRange(items.Select(item => (item!["seq"]!.GetValue<long>(), item["client_message_id"]?.GetValue<string>())));
            if (items.Count == 0 || page.NextCursor() is null)
            {
                return all;
            }
        }
    }
}
