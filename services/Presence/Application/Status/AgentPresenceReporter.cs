using System.Threading.Channels;
using ChatPlatform.Contracts;
using ChatPlatform.Presence.Application.Connections;
using ChatPlatform.Presence.Infrastructure;
using MassTransit;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatPlatform.Presence.Application.Status;

/// <summary>
/// Tells Sessions which agents are online on this replica (<see cref="AgentsOnline"/>: agents with a socket here who
/// are not away), for automatic support routing: every <c>AgentReportInterval</c>, shortly after an agent's socket
/// opens or closes or an agent sets a status, and once more, empty, as the replica stops. Sessions counts a report only
/// while it is fresh, so the agents of a replica that crashed drop out by themselves. Best effort: a report the broker
/// does not take is replaced by the next one.
/// </summary>
public sealed partial class AgentPresenceReporter(
    ConnectionRegistry registry,
    PresenceStore store,
    IBus bus,
    PresenceInstance instance,
    IOptions<PresenceOptions> options,
    TimeProvider time,
    ILogger<AgentPresenceReporter> logger) : BackgroundService
{
    /// <summary>Several changes close together (an agent with three tabs connecting) make one report.</summary>
    private static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(200);

    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a report soon when <paramref name="connection"/> is an agent's; nothing for anyone else.</summary>
    public void Changed(ChatConnection connection)
    {
        if (connection.IsAgent)
        {
            _changes.Writer.TryWrite(true);
        }
    }

    /// <summary>The agents online on this replica now: a socket open here, and not away.</summary>
    public async Task<IReadOnlyList<Guid>> OnlineAgentsAsync()
    {
        var agents = registry.All.Where(c => c.IsAgent && !c.IsClosing).Select(c => c.UserId).Distinct().ToList();
        if (agents.Count == 0)
        {
            return agents;
        }
        try
        {
            var away = await store.AwayAmongAsync(agents);
            return [.. agents.Where(agent => !away.Contains(agent))];
        }
        // Without Redis nobody's "away" can be read: an agent with a socket counts as online.
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return agents;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await ReportAsync(await OnlineAgentsAsync(), stoppingToken);
                await WaitForChangeOrIntervalAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await ReportAsync([], cancellationToken);
    }

    private async Task WaitForChangeOrIntervalAsync(CancellationToken stoppingToken)
    {
        using var interval = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        interval.CancelAfter(options.Value.AgentReportInterval);
        try
        {
            await _changes.Reader.ReadAsync(interval.Token);
            await Task.Delay(Coalesce, time, stoppingToken);
            _changes.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ReportAsync(IReadOnlyList<Guid> agents, CancellationToken cancellationToken)
    {
        try
        {
            await bus.Publish(new AgentsOnline(instance.Id, agents, time.GetUtcNow()), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogReportFailed(logger, agents.Count, exception.GetType().Name, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not report {AgentCount} online agents to Sessions ({Error}: {Reason}); the next report follows")]
    private static partial void LogReportFailed(ILogger logger, int agentCount, string error, string reason);
}
