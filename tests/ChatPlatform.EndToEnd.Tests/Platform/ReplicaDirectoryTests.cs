using ChatPlatform.EndToEnd.Tests.Infrastructure;
using StackExchange.Redis;

namespace ChatPlatform.EndToEnd.Tests.Platform;

/// <summary>
/// The replica directory of a local run: every Presence and Messages replica keeps its own address in Redis, and
/// each address is a live replica, so the gateway and Presence reach them without DCP's proxy.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ReplicaDirectoryTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("presence")]
    [InlineData("messages")]
    public async Task Both_replicas_announce_an_address_that_answers(string service)
    {
        var connectionString = await platform.App.GetConnectionStringAsync("redis");
        await using var redis = await ConnectionMultiplexer.ConnectAsync(connectionString!);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var live = await redis.GetDatabase().SortedSetRangeByScoreAsync($"replicas:{service}", now, double.PositiveInfinity);

        Assert.Equal(2, live.Length);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        foreach (var address in live)
        {
            var alive = await http.GetAsync(new Uri(new Uri(address.ToString()), "/alive"));
            Assert.True(alive.IsSuccessStatusCode, $"{address} answered {(int)alive.StatusCode}");
        }
    }
}
